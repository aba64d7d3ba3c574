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

    // Staff events remembered for deduplication; scans are deduplicated by the documents list instead. Bounded, with the
    // documents cap, so the published status stays well below the 16 KB Durable allows.
    private const int AppliedEventIdsKept = 64;
    private static readonly TaskOptions ActivityRetry = new(new TaskRetryOptions(new RetryPolicy(
        maxNumberOfAttempts: 8, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromMinutes(1))));

    private readonly TaskOrchestrationContext context;
    private readonly List<TimelineEntry> pending = [];
    private readonly List<StageSpan> stagesLeft = [];
    private readonly List<AppliedEvent> eventsApplied = [];
    private int sequence;
    private DateTimeOffset stageEnteredAt;
    // The events of the current wait; none while the case works between two waits.
    private IReadOnlyList<string> stageEvents;

    // With one timer per case: the timer kept from one wait to the next for the whole execution.
    private WaitTimer? caseTimer;

    // Durable calls made in this execution: a checkpoint before any would shed nothing.
    private int durableCalls;

    /// <summary>
    /// Starts the bookkeeping of a case from its opening, in the first stage <see cref="CaseRules.Initial"/> names; or, when
    /// the opening carries over from an earlier execution, where that execution left the case (published at once).
    /// </summary>
    public CaseFlow(TaskOrchestrationContext context, CaseOpening opening)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(opening);
        this.context = context;
        Opening = opening;
        if (opening.CarryOver is { } carried)
        {
            Status = carried.Status;
            sequence = carried.Sequence;
            stageEnteredAt = carried.StageEnteredAt;
            stageEvents = [];
            context.SetCustomStatus(Status);
            return;
        }
        stageEnteredAt = Now;
        Status = CaseRules.Initial(opening) with { UpdatedAt = Now };
        stageEvents = Status.ExpectedEvents;
    }

    /// <summary>What intake recorded, with the terms captured at opening.</summary>
    public CaseOpening Opening { get; }

    /// <summary>
    /// True when this orchestrator version continues as new at its procedure's checkpoints. Set by the orchestrator and never
    /// changed for one name: an orchestrator without checkpoints makes exactly the durable calls it made before they existed.
    /// </summary>
    public bool Checkpoints { get; init; }

    /// <summary>
    /// True when this orchestrator version has verification codes minted by an activity with the service's key; false for
    /// the first versions, which derive them from the orchestration's GUID (predictable) and must keep doing so.
    /// </summary>
    public bool MintsVerificationCodes { get; init; }

    /// <summary>
    /// True when this orchestrator version renders a letter or certificate again at its approval, dated that day and signed
    /// with the approver's name and title (<see cref="CaseEvent.Signatory"/>); false for the versions that print the draft.
    /// </summary>
    public bool SignsAtApproval { get; init; }

    /// <summary>
    /// True when this orchestrator version sets one durable timer per wait, however many events arrive during it; false for
    /// the versions that set a new timer for each event awaited (each leaves a message in the control queue until it is due).
    /// </summary>
    public bool OneTimerPerWait { get; init; }

    /// <summary>
    /// True when this orchestrator version keeps one durable timer for all its waits, set for the nearer of the wait's deadline
    /// and <see cref="CaseTerms.TimerRound"/> and kept by the next wait when due no later than its deadline; false for the
    /// versions that set at least one per wait. A case then leaves at most one timer waiting in the control queue when it
    /// closes, due within a round. Implies <see cref="OneTimerPerWait"/>.
    /// </summary>
    public bool OneTimerPerCase { get; init; }

    /// <summary>
    /// True when this orchestrator version issues each item in one <see cref="IssueCorrespondence"/> activity (mint and render;
    /// render, register and place in the outbox) instead of one activity per step. Requires <see cref="MintsVerificationCodes"/>.
    /// </summary>
    public bool IssuesInOneStep { get; init; }

    /// <summary>
    /// True when this orchestrator version writes the timeline entry of a scan that arrives while the case waits for its
    /// scans with the case's next step (when scanning is completed, or the stage ends otherwise) instead of in an activity
    /// of its own; the case lists the document at once either way. Elsewhere a scan's entry is written at once.
    /// </summary>
    public bool ScanEntriesWithNextStep { get; init; }

    /// <summary>The checkpoint this execution resumes at; null for the first execution of a case.</summary>
    public string? ResumeAt => Opening.CarryOver?.ResumeAt;

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
            stagesLeft.Add(new StageSpan(before, stageEnteredAt, Now));
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
            stageEnteredAt, Status.Deadline, Status.Outcome)
        {
            AppointmentAt = Status.WaitingOn == WaitingOn.Appointment ? Status.ReturnVisitAt : null,
            PurgeDueAt = Status.Outcome is { } outcome ? Status.UpdatedAt + Opening.Terms.RetentionFor(Status.Service, outcome) : null,
        })
        {
            StagesLeft = stagesLeft.ToList(),
            EventsApplied = eventsApplied.ToList(),
        };
        pending.Clear();
        stagesLeft.Clear();
        eventsApplied.Clear();
        await CallAsync(RecordCaseHistory.Name, update);
    }

    /// <summary>
    /// Destruction never gives up. Retries are durable timers between attempts, matched on replay by their order alone (not
    /// their times), so a case not yet at destruction replays the same, and one already retrying under the ordinary policy
    /// goes on past its last attempt. The back-off is capped, at most <paramref name="cap"/>, to keep the history small.
    /// </summary>
    private static TaskOptions DestroyRetry(TimeSpan cap)
    {
        var first = cap > TimeSpan.Zero && cap < TimeSpan.FromSeconds(1) ? cap : TimeSpan.FromSeconds(1);
        return new(new TaskRetryOptions(new RetryPolicy(
            maxNumberOfAttempts: int.MaxValue, firstRetryInterval: first, backoffCoefficient: 2, maxRetryInterval: cap > first ? cap : first)));
    }

    /// <summary>Calls an activity with the retry policy every case activity uses.</summary>
    public Task CallAsync(string activity, object input)
    {
        durableCalls++;
        return context.CallActivityAsync<bool>(activity, input, ActivityRetry);
    }

    /// <summary>
    /// Runs a procedure from <see cref="ResumeAt"/>, and returns the status it leaves, whether the case closed or continued
    /// as new at a checkpoint.
    /// </summary>
    public async Task<CaseStatus> RunAsync(Func<string?, Task> procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        try
        {
            await procedure(ResumeAt);
        }
        catch (ContinuedAsNewException)
        {
            // The next execution takes the case on from the checkpoint.
        }
        return Status;
    }

    /// <summary>
    /// A point of the procedure where the case may start its history again: with <see cref="Checkpoints"/> on, and once this
    /// execution has made a durable call, the timeline is written, the case continues as new carrying what it needs to
    /// resume at <paramref name="resumeAt"/> (events not yet taken go with it), and the procedure unwinds to
    /// <see cref="RunAsync"/>. Otherwise it does nothing and the procedure goes on.
    /// </summary>
    /// <param name="resumeAt">The procedure's name for this point.</param>
    /// <param name="paymentInHand">A clearance letter's instrument in hand.</param>
    public async Task CheckpointAsync(string resumeAt, PaymentInstrument? paymentInHand = null)
    {
        if (!Checkpoints || durableCalls == 0)
        {
            return;
        }
        if (pending.Count > 0)
        {
            await SaveAsync();
        }
        LetGoOfTimer();
        var carried = new CaseCarryOver(resumeAt, Status, sequence, stageEnteredAt, (Opening.CarryOver?.Execution ?? 0) + 1, paymentInHand);
        context.ContinueAsNew(Opening with { CarryOver = carried }, preserveUnprocessedEvents: true);
        throw new ContinuedAsNewException();
    }

    /// <summary>Unwinds a procedure that continued as new; caught by <see cref="RunAsync"/> only.</summary>
    private sealed class ContinuedAsNewException : Exception;

    /// <summary>
    /// Enters <paramref name="stage"/> and waits for one of <paramref name="expected"/>. Events that arrive meanwhile
    /// are taken in order: repeats are skipped, scans and mailing receipts are applied, anything else is recorded as
    /// ignored. A staff stage's service target only flags the case overdue; an applicant deadline ends the wait
    /// (the result is then null).
    /// </summary>
    /// <param name="stage">The stage the case waits in.</param>
    /// <param name="waitingOn">Who or what it waits on.</param>
    /// <param name="expected">The events that end the wait.</param>
    /// <param name="deadline">When the wait ends, or the case is flagged overdue.</param>
    /// <param name="shownDeadline">The deadline shown to staff when it is not the end of this wait (a wait split by a reminder).</param>
    /// <param name="endsAt">For a service target: when, past the target, the wait ends after all (the result is then null).</param>
    public async Task<CaseEvent?> WaitAsync(
        CaseStage stage, WaitingOn waitingOn, IReadOnlyList<string> expected, Deadline deadline, DateTimeOffset? shownDeadline = null,
        DateTimeOffset? endsAt = null)
    {
        var due = deadline.DueFrom(Now);
        stageEvents = expected;
        Update(s => s with
        {
            Stage = stage, WaitingOn = waitingOn, Deadline = shownDeadline ?? due, Overdue = false,
            ExpectedEvents = CaseRules.ExpectedNow(s, expected),
        });
        await SaveAsync();
        DateTimeOffset? timerDue = due;
        var endsWait = deadline.EndsWait;
        using var perWait = OneTimerPerCase ? null : new WaitTimer(this, OneTimerPerWait);
        var timers = perWait ?? (caseTimer ??= new WaitTimer(this, shared: true, Opening.Terms.TimerRound));
        while (true)
        {
            var received = await timers.NextEventAsync(timerDue);
            if (received is null)
            {
                if (endsWait)
                {
                    return null;
                }
                timerDue = endsAt;
                endsWait = endsAt is not null;
                // Past the target, a wait that ends after all shows staff when it will.
                Update(s => s with { Overdue = true, Deadline = endsAt ?? s.Deadline });
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
                // Until the next wait the case is busy with this event: it takes nothing else of the stage twice.
                stageEvents = [];
                Update(s => s with { ExpectedEvents = CaseRules.ExpectedNow(s, stageEvents) });
                return received;
            }
            await ApplyAmbientAsync(received);
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
        LetGoOfTimer();
    }

    /// <summary>
    /// Cancels the case's one timer where an execution ends (closed, or continued as new): an orchestration holding a timer
    /// that has neither fired nor been cancelled stays running after its last step. Its message stays in the control queue
    /// until due, and is then dropped.
    /// </summary>
    private void LetGoOfTimer()
    {
        caseTimer?.Dispose();
        caseTimer = null;
    }

    /// <summary>Waits in a stage whose end is a service target (staff or the bank): the wait only ends with an event.</summary>
    public Task<CaseEvent> WaitForStaffAsync(CaseStage stage, WaitingOn waitingOn, params string[] expected) =>
        WaitForStaffAsync(stage, waitingOn, Now, expected);

    /// <summary>Waits in a staff stage whose service target counts from <paramref name="from"/> (an appointment, say) rather than now.</summary>
    public async Task<CaseEvent> WaitForStaffAsync(CaseStage stage, WaitingOn waitingOn, DateTimeOffset from, params string[] expected) =>
        await WaitForStaffAsync(stage, waitingOn, from, endsAt: null, expected)
            ?? throw new InvalidOperationException("A service target never ends a wait.");

    /// <summary>
    /// Waits in a staff stage whose service target counts from <paramref name="from"/>; past the target the case is flagged
    /// overdue and, when <paramref name="endsAt"/> is given, the wait ends there (null) for what the applicant failed to do.
    /// </summary>
    public Task<CaseEvent?> WaitForStaffAsync(CaseStage stage, WaitingOn waitingOn, DateTimeOffset from, DateTimeOffset? endsAt, params string[] expected)
    {
        var target = Opening.Terms.TargetFor(stage) ?? TimeSpan.FromDays(30);
        var start = from > Now ? from : Now;
        var deadline = Deadline.Target(target) with { From = start };
        return endsAt is { } end && end <= deadline.DueFrom(Now)
            ? WaitAsync(stage, waitingOn, expected, Deadline.HardAt(end))
            : WaitAsync(stage, waitingOn, expected, deadline, endsAt: endsAt);
    }

    /// <summary>Waits until the mailroom has mailed everything of the case still in the outbox, then closes the case.</summary>
    public async Task MailAllAndCloseAsync(CaseOutcome outcome, string why)
    {
        await MailAllAsync();
        await CloseAsync(outcome, System, why);
    }

    /// <summary>Waits until the mailroom has mailed everything of the case still in the outbox.</summary>
    public async Task MailAllAsync()
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
    }

    /// <summary>
    /// Destroys the case's personal data everywhere outside its orchestration and leaves a tombstone, then closes the case
    /// without writing a timeline entry or index row again (the tombstone is both). The history of the orchestration is
    /// purged once it has finished.
    /// </summary>
    public async Task DestroyAndCloseAsync(CaseOutcome outcome, string who)
    {
        pending.Clear();
        durableCalls++;
        await context.CallActivityAsync<bool>(DestroyCaseRecords.Name,
            new CaseTombstone(Status.CaseNumber, Status.Service, Status.OpenedAt, outcome, Now, who), DestroyRetry(Opening.Terms.DestroyRetryCap));
        LetGoOfTimer();
        Update(s => s with
        {
            Status = CaseState.Closed, Stage = CaseStage.Closed, Outcome = outcome, WaitingOn = WaitingOn.Nothing,
            ExpectedEvents = [], Deadline = null, Overdue = false, Documents = [], Correspondence = [], AppliedEventIds = [],
        });
    }

    /// <summary>
    /// A letter or certificate with a verification code: rendered, approved by a supervisor, registered so that it verifies,
    /// put in the outbox, and the case closed with <paramref name="outcome"/> once all its mail is out.
    /// </summary>
    public async Task IssueForApprovalAsync(
        CorrespondenceKind kind, string subject, IReadOnlyList<string> paragraphs, ServiceKind service, CaseOutcome outcome, string why)
    {
        if (IssuesInOneStep)
        {
            await IssueForApprovalInOneStepAsync(kind, subject, paragraphs, service, outcome, why);
            return;
        }
        string code;
        string? itemId = null;
        if (MintsVerificationCodes)
        {
            itemId = NewItemId(kind);
            code = await context.CallActivityAsync<string>(MintVerificationCode.Name, new VerificationCodeRequest(Status.CaseNumber, itemId), ActivityRetry);
        }
        else
        {
            code = VerificationCode.From(NewGuid());
        }
        var item = await IssueCorrespondenceAsync(kind, subject, paragraphs, code, awaitsApproval: true, itemId: itemId);
        var approved = await WaitForStaffAsync(CaseStage.LetterApproval, WaitingOn.Staff, EventTypes.LetterApproved);
        Record("LetterApproved", approved.Actor, $"{kind} {item.ItemId} approved", approved);
        if (SignsAtApproval)
        {
            await CallAsync(RenderCorrespondence.Name, new RenderRequest(item.ItemId, SignedCopy(kind, subject, paragraphs, code, approved)));
        }
        await CallAsync(RegisterVerification.Name, IssuedRecord(code, service, kind));
        await SendToOutboxAsync(item);
        await MailAllAndCloseAsync(outcome, why);
    }

    /// <summary><see cref="IssueForApprovalAsync"/> with one activity at the records check and one at approval.</summary>
    private async Task IssueForApprovalInOneStepAsync(
        CorrespondenceKind kind, string subject, IReadOnlyList<string> paragraphs, ServiceKind service, CaseOutcome outcome, string why)
    {
        var itemId = NewItemId(kind);
        var code = await IssueAsync(new IssueRequest(Status.CaseNumber, itemId, MintCode: true,
            ContentFor(kind, subject, paragraphs, verificationCode: null, to: null), Register: null, Place: null));
        var item = Listed(kind, itemId, subject, code);
        var approved = await WaitForStaffAsync(CaseStage.LetterApproval, WaitingOn.Staff, EventTypes.LetterApproved);
        Record("LetterApproved", approved.Actor, $"{kind} {item.ItemId} approved", approved);
        // The signed copy, registered and put in the outbox in one activity.
        await IssueAsync(new IssueRequest(Status.CaseNumber, item.ItemId, MintCode: false,
            SignsAtApproval ? SignedCopy(kind, subject, paragraphs, code, approved) : null,
            IssuedRecord(code, service, kind), new OutboxItem(Status.CaseNumber, item.ItemId, item.Kind, Now)));
        MarkInOutbox(item);
        await MailAllAndCloseAsync(outcome, why);
    }

    /// <summary>The copy of a letter or certificate that goes out: dated the day it was approved, signed by the approver.</summary>
    private CorrespondenceContent SignedCopy(CorrespondenceKind kind, string subject, IReadOnlyList<string> paragraphs, string code, CaseEvent approved) =>
        ContentFor(kind, subject, paragraphs, code, to: null) with { ApprovedBy = approved.Signatory };

    /// <summary>What the verification registry keeps of an issued letter or certificate, dated today.</summary>
    private VerificationRecord IssuedRecord(string code, ServiceKind service, CorrespondenceKind kind) =>
        new(code, Status.CaseNumber, service, kind, Opening.Applicant.FullName, DateOnly.FromDateTime(Now.UtcDateTime), Revoked: false);

    private async Task<string> IssueAsync(IssueRequest request)
    {
        durableCalls++;
        return await context.CallActivityAsync<string>(IssueCorrespondence.Name, request, ActivityRetry);
    }

    /// <summary>Lists a rendered item on the case, awaiting approval.</summary>
    private CaseCorrespondence Listed(CorrespondenceKind kind, string itemId, string subject, string? verificationCode)
    {
        var item = new CaseCorrespondence(itemId, kind, CorrespondenceState.AwaitingApproval, verificationCode);
        Update(s => s with { Correspondence = [.. s.Correspondence, item] });
        Record($"{kind}Rendered", System, subject);
        return item;
    }

    /// <summary>Renders an item, lists it on the case, and (unless it awaits approval) puts it in the outbox.</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="subject">Its subject line.</param>
    /// <param name="paragraphs">Its text.</param>
    /// <param name="verificationCode">The code printed on a letter or certificate, if any.</param>
    /// <param name="awaitsApproval">True when a supervisor approves it before it goes to the outbox.</param>
    /// <param name="to">Another recipient than the applicant (an agency): its name and address lines.</param>
    /// <param name="itemId">The item's id when it was chosen before (to mint its verification code); otherwise a new one.</param>
    public async Task<CaseCorrespondence> IssueCorrespondenceAsync(
        CorrespondenceKind kind, string subject, IReadOnlyList<string> paragraphs, string? verificationCode, bool awaitsApproval,
        (string Name, IReadOnlyList<string> Address)? to = null, string? itemId = null)
    {
        itemId ??= NewItemId(kind);
        if (IssuesInOneStep)
        {
            // Rendered and (unless it awaits approval) placed in one activity; listed and marked once both are done.
            await IssueAsync(new IssueRequest(Status.CaseNumber, itemId, MintCode: false, ContentFor(kind, subject, paragraphs, verificationCode, to),
                Register: null, Place: awaitsApproval ? null : new OutboxItem(Status.CaseNumber, itemId, kind, Now)));
            var issued = Listed(kind, itemId, subject, verificationCode);
            if (!awaitsApproval)
            {
                MarkInOutbox(issued);
            }
            return issued;
        }
        await CallAsync(RenderCorrespondence.Name, new RenderRequest(itemId, ContentFor(kind, subject, paragraphs, verificationCode, to)));
        var item = Listed(kind, itemId, subject, verificationCode);
        if (!awaitsApproval)
        {
            await SendToOutboxAsync(item);
        }
        return item;
    }

    private CorrespondenceContent ContentFor(
        CorrespondenceKind kind, string subject, IReadOnlyList<string> paragraphs, string? verificationCode,
        (string Name, IReadOnlyList<string> Address)? to)
    {
        var applicant = Opening.Applicant;
        var address = applicant.Address!;
        return new CorrespondenceContent(
            Status.CaseNumber, kind, DateOnly.FromDateTime(Now.UtcDateTime), to?.Name ?? applicant.FullName,
            to?.Address ?? new[] { address.Line1, address.Line2, $"{address.City}, {address.State} {address.PostalCode}" }
                .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList(),
            subject, paragraphs, verificationCode);
    }

    /// <summary>Takes an item back out of the outbox unmailed (it no longer holds), and marks it so on the case.</summary>
    public async Task WithdrawAsync(CaseCorrespondence item, string why)
    {
        ArgumentNullException.ThrowIfNull(item);
        // Marked withdrawn before it leaves the outbox, as an item is marked in the outbox before it is listed there.
        Update(s => s with
        {
            Correspondence = s.Correspondence
                .Select(c => c.ItemId == item.ItemId ? c with { State = CorrespondenceState.Withdrawn } : c).ToList(),
        });
        Update(s => s with { ExpectedEvents = CaseRules.ExpectedNow(s, stageEvents) });
        Record("CorrespondenceWithdrawn", System, $"{item.Kind} {item.ItemId}: {why}");
        await CallAsync(RemoveFromOutbox.Name, new OutboxItem(Status.CaseNumber, item.ItemId, item.Kind, Now));
    }

    private string NewItemId(CorrespondenceKind kind) => $"{Slugs.Of(kind)}-{NewGuid().ToString("N")[..8]}";

    /// <summary>Puts an item in the outbox and marks it so on the case.</summary>
    public async Task SendToOutboxAsync(CaseCorrespondence item)
    {
        ArgumentNullException.ThrowIfNull(item);
        // The case holds the item in the outbox before the activity that lists it is scheduled, so it takes a receipt sent the
        // moment the outbox lists it; the backend may publish this status after the activity ran (CaseRules.MailableAhead).
        MarkInOutbox(item);
        await CallAsync(PlaceInOutbox.Name, new OutboxItem(Status.CaseNumber, item.ItemId, item.Kind, Now));
    }

    /// <summary>
    /// Marks an item in the outbox on the case. Before its entry is added, or right after it in the same step as the activity's
    /// completion: a receipt waits in the case until the orchestration next waits for events, by then the item is marked.
    /// </summary>
    private void MarkInOutbox(CaseCorrespondence item)
    {
        Update(s => s with
        {
            Correspondence = s.Correspondence
                .Select(c => c.ItemId == item.ItemId ? c with { State = CorrespondenceState.InOutbox } : c).ToList(),
        });
        Update(s => s with { ExpectedEvents = CaseRules.ExpectedNow(s, stageEvents) });
        Record("PlacedInOutbox", System, $"{item.Kind} {item.ItemId}");
    }

    private async Task<CaseEvent?> NextEventAsync(DateTimeOffset? due)
    {
        durableCalls++;
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

    /// <summary>
    /// The events of one wait (or, with <see cref="OneTimerPerCase"/>, of every wait of the execution). With
    /// <see cref="OneTimerPerWait"/> the wait's timer is set once and kept while events that do not end the wait come and go
    /// (a new one only when the deadline moves); otherwise each event awaited sets its own. With one timer per case the
    /// timer outlives the wait that set it: the next wait keeps it when it is due no later than its deadline, and a timer
    /// due before the deadline (after <see cref="CaseTerms.TimerRound"/>) only wakes the case to set the next.
    /// </summary>
    private sealed class WaitTimer(CaseFlow flow, bool shared, TimeSpan? round = null) : IDisposable
    {
        private readonly CancellationTokenSource cancelTimer = new();
        private Task? timer;
        private DateTimeOffset? timerDue;

        public async Task<CaseEvent?> NextEventAsync(DateTimeOffset? due)
        {
            if (!shared)
            {
                return await flow.NextEventAsync(due);
            }
            flow.durableCalls++;
            using var cancelEvent = new CancellationTokenSource();
            var received = flow.context.WaitForExternalEvent<CaseEvent>(CaseEvent.ExternalEventName, cancelEvent.Token);
            if (due is null)
            {
                return await received;
            }
            // Bounded: each round ends nearer the deadline, and the timer due at it ends the wait.
            do
            {
                // Per case, a timer due no later than the deadline serves it; per wait, only one due at the deadline.
                if (timer is null || (round is null ? timerDue != due : timerDue > due))
                {
                    timerDue = round is { } length && length > TimeSpan.Zero && flow.Now + length < due ? flow.Now + length : due;
                    timer = flow.context.CreateTimer(timerDue.Value.UtcDateTime, cancelTimer.Token);
                }
                if (await Task.WhenAny(received, timer) == received)
                {
                    return await received;
                }
                // A round that ended before the deadline: the case sets its next timer and waits on for the same event.
                timer = null;
            }
            while (timerDue < due);
            // Synchronous on purpose: an awaited CancelAsync would resume off the orchestration's thread.
#pragma warning disable CA1849
            cancelEvent.Cancel();
#pragma warning restore CA1849
            return null;
        }

        public void Dispose()
        {
#pragma warning disable CA1849
            cancelTimer.Cancel();
#pragma warning restore CA1849
            cancelTimer.Dispose();
        }
    }

    private void MarkApplied(CaseEvent received)
    {
        // Metric only: travels in the next history write's input, never changes which durable calls are made.
        eventsApplied.Add(new AppliedEvent(received.Type, received.ReceivedAt));
        if (received.Type != EventTypes.DocumentScanned)
        {
            Update(s => s with { AppliedEventIds = [.. s.AppliedEventIds.TakeLast(AppliedEventIdsKept - 1), received.EventId] });
        }
    }

    /// <summary>Events a case takes in any open stage: scans arriving, and the mailroom mailing an item.</summary>
    private async Task ApplyAmbientAsync(CaseEvent received)
    {
        switch (received.Type)
        {
            case EventTypes.DocumentScanned:
                var scan = received.BodyAs<DocumentScanned>();
                if (Status.Documents.Count >= Opening.Terms.MaxDocuments && Status.Documents.All(d => d.DocumentId != scan.DocumentId))
                {
                    // Scan ingestion quarantines the excess; this catches the few that race past it.
                    Record("DocumentRefused", received.Actor, $"The case already holds {Opening.Terms.MaxDocuments} documents", received);
                }
                else if (Status.Documents.All(d => d.DocumentId != scan.DocumentId))
                {
                    Update(s => s with { Documents = [.. s.Documents, new CaseDocument(scan.DocumentId, scan.DocumentType, ReviewState.Pending, null)] });
                    Record("DocumentScanned", received.Actor, $"{scan.DocumentType} {scan.DocumentId}", received);
                }
                break;
            case EventTypes.CorrespondenceMailed when InOutbox(received.BodyAs<CorrespondenceMailed>().ItemId) is { } item:
                await MarkMailedAsync(item, received);
                Update(s => s with { ExpectedEvents = CaseRules.ExpectedNow(s, stageEvents) });
                break;
            default:
                Record("EventIgnored", received.Actor, $"{received.Type} is not expected in stage {Status.Stage}", received);
                break;
        }
        if (ScanEntriesWithNextStep && received.Type == EventTypes.DocumentScanned && Status.Stage == CaseStage.AwaitingScans)
        {
            // The mail is being scanned: one round trip per scan instead of three. Its entry keeps its place (its sequence)
            // and is written with the next step; the event-to-view metric counts the events whose records are written at once.
            eventsApplied.RemoveAll(e => e.Type == EventTypes.DocumentScanned);
            return;
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
    public CaseCorrespondence? InOutbox(string? itemId) => CaseRules.InOutbox(Status, itemId);
}

/// <summary>How long a wait lasts, and whether its end closes the wait (an applicant deadline) or only flags it (a service target).</summary>
/// <param name="After">The time from entering the stage.</param>
/// <param name="EndsWait">True for an applicant deadline, false for a staff service target.</param>
public readonly record struct Deadline(TimeSpan After, bool EndsWait)
{
    /// <summary>When the time counts from; null for the moment the wait begins.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>When the wait ends if it begins at <paramref name="now"/>.</summary>
    public DateTimeOffset DueFrom(DateTimeOffset now) => (From ?? now) + After;

    /// <summary>A hard deadline at a given instant (an appointment, a reminder).</summary>
    public static Deadline HardAt(DateTimeOffset at) => new(TimeSpan.Zero, true) { From = at };

    /// <summary>A service target: passing it flags the case overdue; the case keeps waiting for staff.</summary>
    public static Deadline Target(TimeSpan after) => new(after, false);

    /// <summary>A hard deadline: passing it ends the wait.</summary>
    public static Deadline Hard(TimeSpan after) => new(after, true);
}
