using Microsoft.DurableTask;

namespace ClearanceWorkflow.Core.Activities;

/// <summary>Writes new timeline entries and the index row of a case. Idempotent: rows are keyed by case and sequence.</summary>
[DurableTask(Name)]
public sealed class RecordCaseHistory(ICaseTimeline timeline, ICaseIndex index) : TaskActivity<CaseHistoryUpdate, bool>
{
    /// <summary>The activity name.</summary>
    public const string Name = nameof(RecordCaseHistory);

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, CaseHistoryUpdate input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Entries.Count > 0)
        {
            await timeline.AppendAsync(input.CaseNumber, input.Entries, CancellationToken.None);
        }
        await index.UpsertAsync(input.Index, CancellationToken.None);
        foreach (var span in input.StagesLeft ?? [])
        {
            CaseMetrics.StageDuration.Record((span.LeftAt - span.EnteredAt).TotalSeconds,
                new("service", input.Index.Service.ToString()), new("stage", span.Stage.ToString()));
        }
        // Measured once the records are written: the work queue and the timeline now show the event.
        var written = DateTimeOffset.UtcNow;
        foreach (var applied in input.EventsApplied ?? [])
        {
            CaseMetrics.EventToView.Record(Math.Max(0, (written - applied.ReceivedAt).TotalSeconds),
                new("service", input.Index.Service.ToString()), new("event", applied.Type));
        }
        foreach (var _ in input.Entries.Where(e => e.What == "ServiceTargetMissed"))
        {
            CaseMetrics.CasesOverdue.Add(1, new("service", input.Index.Service.ToString()), new("stage", input.Index.Stage.ToString()));
        }
        if (input.Entries.Any(e => e.What == "CaseClosed"))
        {
            CaseMetrics.CasesClosed.Add(1, new("service", input.Index.Service.ToString()), new("outcome", input.Index.Outcome?.ToString()));
        }
        return true;
    }
}

/// <summary>Renders a letter or notice to PDF and stores it. Idempotent: the item id names the blob.</summary>
[DurableTask(Name)]
public sealed class RenderCorrespondence(ICorrespondenceRenderer renderer, ICorrespondenceStore store) : TaskActivity<RenderRequest, bool>
{
    /// <summary>The activity name.</summary>
    public const string Name = nameof(RenderCorrespondence);

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, RenderRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pdf = renderer.Render(input.Content);
        await store.SaveAsync(input.Content.CaseNumber, input.ItemId, pdf, CancellationToken.None);
        return true;
    }
}

/// <summary>Puts a rendered item in the mailroom's outbox. Idempotent.</summary>
[DurableTask(Name)]
public sealed class PlaceInOutbox(IOutbox outbox) : TaskActivity<OutboxItem, bool>
{
    /// <summary>The activity name.</summary>
    public const string Name = nameof(PlaceInOutbox);

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, OutboxItem input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await outbox.AddAsync(input, CancellationToken.None);
        return true;
    }
}

/// <summary>Takes a mailed item out of the outbox. Idempotent.</summary>
[DurableTask(Name)]
public sealed class RemoveFromOutbox(IOutbox outbox) : TaskActivity<OutboxItem, bool>
{
    /// <summary>The activity name.</summary>
    public const string Name = nameof(RemoveFromOutbox);

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, OutboxItem input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await outbox.RemoveAsync(input.CaseNumber, input.ItemId, CancellationToken.None);
        return true;
    }
}

/// <summary>Registers an issued letter so that <c>GET /api/verify/{code}</c> answers for it. Idempotent.</summary>
[DurableTask(Name)]
public sealed class RegisterVerification(IVerificationRegistry registry) : TaskActivity<VerificationRecord, bool>
{
    /// <summary>The activity name.</summary>
    public const string Name = nameof(RegisterVerification);

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, VerificationRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await registry.RegisterAsync(input, CancellationToken.None);
        return true;
    }
}

/// <summary>Destroys a case's records and leaves its tombstone (a sealed arrest record at the end of its sealing). Idempotent.</summary>
[DurableTask(Name)]
public sealed class DestroyCaseRecords(ICaseRecordsDestroyer destroyer) : TaskActivity<CaseTombstone, bool>
{
    /// <summary>The activity name.</summary>
    public const string Name = nameof(DestroyCaseRecords);

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, CaseTombstone input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await destroyer.DestroyAsync(input, CancellationToken.None);
        return true;
    }
}

/// <summary>What a verification code is minted for.</summary>
/// <param name="CaseNumber">The case.</param>
/// <param name="ItemId">The letter or certificate.</param>
public sealed record VerificationCodeRequest(string CaseNumber, string ItemId);

/// <summary>Mints the verification code of a letter or certificate with the service's key. Idempotent: the same item, the same code.</summary>
[DurableTask(Name)]
public sealed class MintVerificationCode(Domain.VerificationCodes codes) : TaskActivity<VerificationCodeRequest, string>
{
    /// <summary>The activity name.</summary>
    public const string Name = nameof(MintVerificationCode);

    /// <inheritdoc />
    public override Task<string> RunAsync(TaskActivityContext context, VerificationCodeRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(codes.For(input.CaseNumber, input.ItemId));
    }
}
