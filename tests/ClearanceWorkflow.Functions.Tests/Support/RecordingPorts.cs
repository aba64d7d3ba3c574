using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;

namespace ClearanceWorkflow.Functions.Tests.Support;

/// <summary>Every port an activity uses, recording each call as "port.operation key".</summary>
public sealed class RecordingPorts : ICaseTimeline, ICaseIndex, ICorrespondenceRenderer, ICorrespondenceStore, IOutbox, IVerificationRegistry, ICaseRecordsDestroyer
{
    /// <inheritdoc />
    public Task DestroyAsync(CaseTombstone tombstone, CancellationToken cancellationToken) => Record($"destroyer.destroy {tombstone.CaseNumber}");

    private readonly List<string> calls = [];

    /// <summary>The calls so far, in order.</summary>
    public IReadOnlyList<string> Calls => calls;

    /// <inheritdoc />
    public Task AppendAsync(string caseNumber, IReadOnlyList<TimelineEntry> entries, CancellationToken cancellationToken) => Record($"timeline.append {caseNumber}");

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEntry>> ReadAsync(string caseNumber, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<TimelineEntry> AppendAfterCloseAsync(string caseNumber, TimelineEntry entry, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <inheritdoc />
    public Task UpsertAsync(CaseIndexEntry entry, CancellationToken cancellationToken) => Record($"index.upsert {entry.CaseNumber}");

    /// <inheritdoc />
    public byte[] Render(CorrespondenceContent content)
    {
        calls.Add($"renderer.render {content.CaseNumber}");
        return [0x25, 0x50, 0x44, 0x46];
    }

    /// <inheritdoc />
    public Task SaveAsync(string caseNumber, string itemId, byte[] pdf, CancellationToken cancellationToken) => Record($"store.save {caseNumber}/{itemId}");

    /// <inheritdoc />
    public Task<Stream?> OpenAsync(string caseNumber, string itemId, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <inheritdoc />
    public Task AddAsync(OutboxItem item, CancellationToken cancellationToken) => Record($"outbox.add {item.CaseNumber}/{item.ItemId}");

    /// <inheritdoc />
    public Task RemoveAsync(string caseNumber, string itemId, CancellationToken cancellationToken) => Record($"outbox.remove {caseNumber}/{itemId}");

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxItem>> ListAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> ContainsAsync(string caseNumber, string itemId, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <inheritdoc />
    public Task RegisterAsync(VerificationRecord record, CancellationToken cancellationToken) => Record($"verifications.register {record.VerificationCode}");

    /// <inheritdoc />
    public Task<VerificationRecord?> FindAsync(string verificationCode, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task RevokeAsync(string verificationCode, DateTimeOffset revokedAt, CancellationToken cancellationToken) => throw new NotSupportedException();

    private Task Record(string call)
    {
        calls.Add(call);
        return Task.CompletedTask;
    }
}
