using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using Microsoft.DurableTask;

namespace ClearanceWorkflow.Core.Workflows;

/// <summary>
/// The bookkeeping every case's orchestration shares: the published status, the timeline, and waiting on events
/// with a deadline. Deterministic: it reads time and ids only from the orchestration context.
/// </summary>
public sealed class CaseFlow
{
    /// <summary>The actor recorded for what the system does on its own.</summary>
    public const string System = "system";

    private const int AppliedEventIdsKept = 200;
    private static readonly TaskOptions ActivityRetry = new(new TaskRetryOptions(new RetryPolicy(
        maxNumberOfAttempts: 8, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromMinutes(1))));

    private readonly TaskOrchestrationContext context;
    private readonly List<TimelineEntry> pending = [];
    private int sequence;
    private DateTimeOffset stageEnteredAt;

    /// <summary>Starts the bookkeeping of a case from its opening.</summary>
    public CaseFlow(TaskOrchestrationContext context, CaseOpening opening, CaseStage firstStage)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(opening);
        this.context = context;
        Opening = opening;
        stageEnteredAt = Now;
        Status = new CaseStatus
        {
            CaseNumber = opening.CaseNumber,
            Service = opening.Service,
            Stage = firstStage,
            WaitingOn = WaitingOn.Staff,
            OpenedAt = opening.OpenedAt,
            UpdatedAt = Now,
        };
    }

    /// <summary>What intake recorded, with the terms captured at opening.</summary>
    public CaseOpening Opening { get; }

    /// <summary>The live status (published as custom status).</summary>
    public CaseStatus Status { get; private set; }

    /// <summary>The orchestration's clock.</summary>
    public DateTimeOffset Now => new(context.CurrentUtcDateTime, TimeSpan.Zero);

    /// <summary>A deterministic new id (for correspondence items and verification codes).</summary>
    public Guid NewGuid() => context.NewGuid();

    /// <summary>Changes the status and publishes it at once, so the case view shows it when this episode commits.</summary>
    public void Update(Func<CaseStatus, CaseStatus> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = Status.Stage;
        Status = change(Status) with { UpdatedAt = Now };
        if (Status.Stage != before)
        {
            stageEnteredAt = Now;
        }
        context.SetCustomStatus(Status);
    }

    /// <summary>Adds an entry to the timeline (written at the next <see cref="SaveAsync"/>).</summary>
    public void Record(string what, string who, string? why = null, CaseEvent? cause = null) =>
        pending.Add(new TimelineEntry(++sequence, Now, what, who, why, cause?.EventId, cause?.Note));

    /// <summary>Writes pending timeline entries and the index row.</summary>
    public async Task SaveAsync()
    {
        var update = new CaseHistoryUpdate(Status.CaseNumber, pending.ToList(), new CaseIndexEntry(
            Status.CaseNumber, Status.Service, Status.Status, Status.Stage, Status.WaitingOn, Status.OpenedAt,
            stageEnteredAt, Status.Deadline, Status.Outcome));
        pending.Clear();
        await CallAsync(RecordCaseHistory.Name, update);
    }

    /// <summary>Calls an activity with the retry policy every case activity uses.</summary>
    public Task CallAsync(string activity, object input) => context.CallActivityAsync<bool>(activity, input, ActivityRetry);

    /// <summary>
    /// Enters <paramref name="stage"/> and waits for one of <paramref name="expected"/>. Events that arrive meanwhile
    /// are taken in order: repeats are skipped, scans and mailing receipts are applied, anything else is recorded as
    /// ignored. A staff stage's service target only flags the case overdue; an applicant deadline ends the wait
    /// (the result is then null).
    /// </summary>
    public async Task<CaseEvent?> WaitAsync(CaseStage stage, WaitingOn waitingOn, IReadOnlyList<string> expected, Deadline deadline)
    {
        var due = Now + deadline.After;
        Update(s => s with
        {
            Stage = stage, WaitingOn = waitingOn, Deadline = due, Overdue = false,
            ExpectedEvents = ExpectedNow(expected),
        });
        await SaveAsync();
        DateTimeOffset? timerDue = due;
        while (true)
        {
            var received = await NextEventAsync(timerDue);
            if (received is null)
            {
                if (deadline.EndsWait)
                {
                    return null;
                }
                timerDue = null;
                Update(s => s with { Overdue = true });
                Record("ServiceTargetMissed", System, $"{stage} passed its service target");
                await SaveAsync();
                continue;
            }
            if (Status.AppliedEventIds.Contains(received.EventId))
            {
                continue;
            }
            MarkApplied(received);
            if (expected.Contains(received.Type))
            {
                return received;
            }
            await ApplyAmbientAsync(received, expected);
        }
    }

    /// <summary>Closes the case with an outcome.</summary>
    public async Task CloseAsync(CaseOutcome outcome, string who, string why)
    {
        Update(s => s with
        {
            Status = CaseState.Closed, Stage = CaseStage.Closed, Outcome = outcome, WaitingOn = WaitingOn.Nothing,
            ExpectedEvents = [], Deadline = null, Overdue = false,
        });
        Record("CaseClosed", who, why);
        await SaveAsync();
    }

    /// <summary>Waits in a stage whose end is a service target (staff or the bank): the wait only ends with an event.</summary>
    public async Task<CaseEvent> WaitForStaffAsync(CaseStage stage, WaitingOn waitingOn, params string[] expected)
    {
        var target = Opening.Terms.TargetFor(stage) ?? TimeSpan.FromDays(30);
        return await WaitAsync(stage, waitingOn, expected, Deadline.Target(target))
            ?? throw new InvalidOperationException("A service target never ends a wait.");
    }

    /// <summary>Waits until the mailroom has mailed everything of the case still in the outbox, then closes the case.</summary>
    public async Task MailAllAndCloseAsync(CaseOutcome outcome, string why)
    {
        while (Status.Correspondence.Any(c => c.State == CorrespondenceState.InOutbox))
        {
            var mailed = await WaitForStaffAsync(CaseStage.AwaitingMailing, WaitingOn.Staff, EventTypes.CorrespondenceMailed);
            if (InOutbox(mailed.BodyAs<CorrespondenceMailed>().ItemId) is { } item)
            {
                await MarkMailedAsync(item, mailed);
            }
            else
            {
                Record("EventIgnored", mailed.Actor, "The item is not waiting in the outbox", mailed);
            }
        }
        await CloseAsync(outcome, System, why);
    }

    /// <summary>Renders an item, lists it on the case, and (unless it awaits approval) puts it in the outbox.</summary>
    public async Task<CaseCorrespondence> IssueCorrespondenceAsync(
        CorrespondenceKind kind, string subject, IReadOnlyList<string> paragraphs, string? verificationCode, bool awaitsApproval)
    {
        var itemId = $"{Slugs.Of(kind)}-{NewGuid().ToString("N")[..8]}";
        var applicant = Opening.Applicant;
        var address = applicant.Address!;
        var content = new CorrespondenceContent(
            Status.CaseNumber, kind, DateOnly.FromDateTime(Now.UtcDateTime), applicant.FullName,
            new[] { address.Line1, address.Line2, $"{address.City}, {address.State} {address.PostalCode}" }
                .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList(),
            subject, paragraphs, verificationCode);
        await CallAsync(RenderCorrespondence.Name, new RenderRequest(itemId, content));
        var item = new CaseCorrespondence(itemId, kind,
            awaitsApproval ? CorrespondenceState.AwaitingApproval : CorrespondenceState.InOutbox, verificationCode);
        Update(s => s with { Correspondence = [.. s.Correspondence, item] });
        Record($"{kind}Rendered", System, subject);
        if (!awaitsApproval)
        {
            await SendToOutboxAsync(item);
        }
        return item;
    }

    /// <summary>Puts an item in the outbox and marks it so on the case.</summary>
    public async Task SendToOutboxAsync(CaseCorrespondence item)
    {
        ArgumentNullException.ThrowIfNull(item);
        await CallAsync(PlaceInOutbox.Name, new OutboxItem(Status.CaseNumber, item.ItemId, item.Kind, Now));
        Update(s => s with
        {
            Correspondence = s.Correspondence
                .Select(c => c.ItemId == item.ItemId ? c with { State = CorrespondenceState.InOutbox } : c).ToList(),
        });
        Record("PlacedInOutbox", System, $"{item.Kind} {item.ItemId}");
    }

    private async Task<CaseEvent?> NextEventAsync(DateTimeOffset? due)
    {
        using var cancel = new CancellationTokenSource();
        var received = context.WaitForExternalEvent<CaseEvent>(CaseEvent.ExternalEventName, cancel.Token);
        if (due is null)
        {
            return await received;
        }
        var timer = context.CreateTimer(due.Value.UtcDateTime, cancel.Token);
        var first = await Task.WhenAny(received, timer);
        // Synchronous on purpose: an awaited CancelAsync would resume off the orchestration's thread.
#pragma warning disable CA1849
        cancel.Cancel();
#pragma warning restore CA1849
        return first == received ? await received : null;
    }

    private void MarkApplied(CaseEvent received) => Update(s => s with
    {
        AppliedEventIds = [.. s.AppliedEventIds.TakeLast(AppliedEventIdsKept - 1), received.EventId],
    });

    /// <summary>Events a case takes in any open stage: scans arriving, and the mailroom mailing an item.</summary>
    private async Task ApplyAmbientAsync(CaseEvent received, IReadOnlyList<string> expected)
    {
        switch (received.Type)
        {
            case EventTypes.DocumentScanned:
                var scan = received.BodyAs<DocumentScanned>();
                if (Status.Documents.All(d => d.DocumentId != scan.DocumentId))
                {
                    Update(s => s with { Documents = [.. s.Documents, new CaseDocument(scan.DocumentId, scan.DocumentType, ReviewState.Pending, null)] });
                    Record("DocumentScanned", received.Actor, $"{scan.DocumentType} {scan.DocumentId}", received);
                }
                break;
            case EventTypes.CorrespondenceMailed when InOutbox(received.BodyAs<CorrespondenceMailed>().ItemId) is { } item:
                await MarkMailedAsync(item, received);
                Update(s => s with { ExpectedEvents = ExpectedNow(expected) });
                break;
            default:
                Record("EventIgnored", received.Actor, $"{received.Type} is not expected in stage {Status.Stage}", received);
                break;
        }
        await SaveAsync();
    }

    /// <summary>Marks an outbox item mailed and takes it out of the outbox.</summary>
    public async Task MarkMailedAsync(CaseCorrespondence item, CaseEvent cause)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(cause);
        await CallAsync(RemoveFromOutbox.Name, new OutboxItem(Status.CaseNumber, item.ItemId, item.Kind, Now));
        Update(s => s with
        {
            Correspondence = s.Correspondence
                .Select(c => c.ItemId == item.ItemId ? c with { State = CorrespondenceState.Mailed } : c).ToList(),
        });
        Record("CorrespondenceMailed", cause.Actor, $"{item.Kind} {item.ItemId}", cause);
    }

    /// <summary>The item of <paramref name="itemId"/> if it waits in the outbox.</summary>
    public CaseCorrespondence? InOutbox(string? itemId) =>
        Status.Correspondence.FirstOrDefault(c => c.ItemId == itemId && c.State == CorrespondenceState.InOutbox);

    private List<string> ExpectedNow(IReadOnlyList<string> expected)
    {
        var now = expected.ToList();
        if (Status.Correspondence.Any(c => c.State == CorrespondenceState.InOutbox) && !now.Contains(EventTypes.CorrespondenceMailed))
        {
            now.Add(EventTypes.CorrespondenceMailed);
        }
        return now;
    }
}

/// <summary>How long a wait lasts, and whether its end closes the wait (an applicant deadline) or only flags it (a service target).</summary>
/// <param name="After">The time from entering the stage.</param>
/// <param name="EndsWait">True for an applicant deadline, false for a staff service target.</param>
public readonly record struct Deadline(TimeSpan After, bool EndsWait)
{
    /// <summary>A service target: passing it flags the case overdue; the case keeps waiting for staff.</summary>
    public static Deadline Target(TimeSpan after) => new(after, false);

    /// <summary>A hard deadline: passing it ends the wait.</summary>
    public static Deadline Hard(TimeSpan after) => new(after, true);
}
