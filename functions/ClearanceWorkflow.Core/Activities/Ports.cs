using ClearanceWorkflow.Core.Cases;

namespace ClearanceWorkflow.Core.Activities;

/// <summary>The case's append-only timeline.</summary>
public interface ICaseTimeline
{
    /// <summary>Writes entries; writing an entry again (same case and sequence) changes nothing.</summary>
    Task AppendAsync(string caseNumber, IReadOnlyList<TimelineEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Appends one entry after the case's orchestration has ended (its own sequence no longer advances): the entry takes
    /// the next free sequence. Returns the entry as written.
    /// </summary>
    Task<TimelineEntry> AppendAfterCloseAsync(string caseNumber, TimelineEntry entry, CancellationToken cancellationToken);

    /// <summary>Every entry of the case, oldest first.</summary>
    Task<IReadOnlyList<TimelineEntry>> ReadAsync(string caseNumber, CancellationToken cancellationToken);
}

/// <summary>The index of cases that serves work queues without replaying instances.</summary>
public interface ICaseIndex
{
    /// <summary>Records the case's current stage; idempotent.</summary>
    Task UpsertAsync(CaseIndexEntry entry, CancellationToken cancellationToken);
}

/// <summary>Renders correspondence as PDF.</summary>
public interface ICorrespondenceRenderer
{
    /// <summary>The PDF bytes of <paramref name="content"/>.</summary>
    byte[] Render(CorrespondenceContent content);
}

/// <summary>Where rendered correspondence is kept.</summary>
public interface ICorrespondenceStore
{
    /// <summary>Stores the PDF of an item; storing the same item again overwrites it with the same content.</summary>
    Task SaveAsync(string caseNumber, string itemId, byte[] pdf, CancellationToken cancellationToken);

    /// <summary>The PDF of an item, or null.</summary>
    Task<Stream?> OpenAsync(string caseNumber, string itemId, CancellationToken cancellationToken);
}

/// <summary>The mailroom's outbox.</summary>
public interface IOutbox
{
    /// <summary>Puts an item in the outbox; idempotent.</summary>
    Task AddAsync(OutboxItem item, CancellationToken cancellationToken);

    /// <summary>Takes an item out once mailed; idempotent.</summary>
    Task RemoveAsync(string caseNumber, string itemId, CancellationToken cancellationToken);

    /// <summary>Items waiting to be printed and mailed, oldest first.</summary>
    Task<IReadOnlyList<OutboxItem>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Whether the outbox lists item <paramref name="itemId"/> of case <paramref name="caseNumber"/>: one point read.</summary>
    Task<bool> ContainsAsync(string caseNumber, string itemId, CancellationToken cancellationToken);
}

/// <summary>Destroys a case's records: documents, correspondence, quarantined scans, timeline, outbox, index and idempotency rows.</summary>
public interface ICaseRecordsDestroyer
{
    /// <summary>
    /// Removes every record of the case outside its orchestration, leaves <paramref name="tombstone"/>, and asks for the
    /// orchestration's history to be purged once it has finished. Idempotent.
    /// </summary>
    Task DestroyAsync(CaseTombstone tombstone, CancellationToken cancellationToken);
}

/// <summary>The register of issued letters and certificates that consulates check.</summary>
public interface IVerificationRegistry
{
    /// <summary>Registers an issued document; idempotent.</summary>
    Task RegisterAsync(VerificationRecord record, CancellationToken cancellationToken);

    /// <summary>Marks an issued document revoked; idempotent.</summary>
    Task RevokeAsync(string verificationCode, DateTimeOffset revokedAt, CancellationToken cancellationToken);

    /// <summary>The record of a verification code, or null.</summary>
    Task<VerificationRecord?> FindAsync(string verificationCode, CancellationToken cancellationToken);
}
