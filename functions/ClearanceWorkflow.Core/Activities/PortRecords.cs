using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Activities;

/// <summary>One row of the case index.</summary>
public sealed record CaseIndexEntry(
    string CaseNumber, ServiceKind Service, CaseState Status, CaseStage Stage, WaitingOn WaitingOn,
    DateTimeOffset OpenedAt, DateTimeOffset StageEnteredAt, DateTimeOffset? Deadline, CaseOutcome? Outcome)
{
    /// <summary>The appointment the case waits on (an exoneration's return visit), which orders the appointments queue.</summary>
    public DateTimeOffset? AppointmentAt { get; init; }

    /// <summary>When a closed case falls due to be purged (its retention period after closing).</summary>
    public DateTimeOffset? PurgeDueAt { get; init; }
}

/// <summary>A change to a case's records: new timeline entries and the case's index row.</summary>
public sealed record CaseHistoryUpdate(string CaseNumber, IReadOnlyList<TimelineEntry> Entries, CaseIndexEntry Index)
{
    /// <summary>The stages the case left since the last update, for the time-in-stage metric (absent in older inputs).</summary>
    public IReadOnlyList<StageSpan>? StagesLeft { get; init; }

    /// <summary>The events applied since the last update, for the event-to-view metric (absent in older inputs).</summary>
    public IReadOnlyList<AppliedEvent>? EventsApplied { get; init; }
}

/// <summary>An event a case applied: its type and when the server received it.</summary>
public sealed record AppliedEvent(string Type, DateTimeOffset ReceivedAt);

/// <summary>A stage a case was in, from when to when.</summary>
public sealed record StageSpan(CaseStage Stage, DateTimeOffset EnteredAt, DateTimeOffset LeftAt);

/// <summary>What a letter or notice says, ready to be laid out.</summary>
public sealed record CorrespondenceContent(
    string CaseNumber,
    CorrespondenceKind Kind,
    DateOnly Date,
    string RecipientName,
    IReadOnlyList<string> RecipientAddress,
    string Subject,
    IReadOnlyList<string> Paragraphs,
    string? VerificationCode)
{
    /// <summary>Who approved it, printed above the verification code; null for what needs no approval (and for earlier versions).</summary>
    public Signatory? ApprovedBy { get; init; }
}

/// <summary>A request to render a piece of correspondence and store it under its item id.</summary>
public sealed record RenderRequest(string ItemId, CorrespondenceContent Content);

/// <summary>An item in the mailroom's outbox; no personal data beyond the case number.</summary>
public sealed record OutboxItem(string CaseNumber, string ItemId, CorrespondenceKind Kind, DateTimeOffset QueuedAt);

/// <summary>What remains of a case whose records were destroyed: enough to keep its number and to show that it was destroyed.</summary>
public sealed record CaseTombstone(
    string CaseNumber, ServiceKind Service, DateTimeOffset OpenedAt, CaseOutcome Outcome, DateTimeOffset DestroyedAt, string DestroyedBy);

/// <summary>What a verification code proves about an issued document.</summary>
public sealed record VerificationRecord(
    string VerificationCode, string CaseNumber, ServiceKind Service, CorrespondenceKind Kind, string HolderName,
    DateOnly IssuedOn, bool Revoked)
{
    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
