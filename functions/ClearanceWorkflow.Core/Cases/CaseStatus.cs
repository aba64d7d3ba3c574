using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Cases;

/// <summary>A scanned document of a case and its review state.</summary>
public sealed record CaseDocument(string DocumentId, string Type, ReviewState Review, string? Reason);

/// <summary>The payment of a case.</summary>
public sealed record CasePayment(PaymentInstrumentKind? Instrument, decimal AmountDue, PaymentState State);

/// <summary>A piece of correspondence of a case.</summary>
public sealed record CaseCorrespondence(string ItemId, CorrespondenceKind Kind, CorrespondenceState State, string? VerificationCode);

/// <summary>
/// The live state of a case, published by its orchestration as custom status after every change. It holds no
/// personal data: the staff case view adds the applicant from the orchestration input.
/// </summary>
public sealed record CaseStatus
{
    /// <summary>The case number.</summary>
    public required string CaseNumber { get; init; }
    /// <summary>The service.</summary>
    public required ServiceKind Service { get; init; }
    /// <summary>Open or closed.</summary>
    public CaseState Status { get; init; } = CaseState.Open;
    /// <summary>The current stage.</summary>
    public CaseStage Stage { get; init; }
    /// <summary>How the case ended, once closed.</summary>
    public CaseOutcome? Outcome { get; init; }
    /// <summary>Who or what the case waits on.</summary>
    public WaitingOn WaitingOn { get; init; }
    /// <summary>The event types the case accepts now.</summary>
    public IReadOnlyList<string> ExpectedEvents { get; init; } = [];
    /// <summary>When the current wait ends (a service target or an applicant deadline).</summary>
    public DateTimeOffset? Deadline { get; init; }
    /// <summary>Whether the current stage has passed its service target.</summary>
    public bool Overdue { get; init; }
    /// <summary>The scanned documents.</summary>
    public IReadOnlyList<CaseDocument> Documents { get; init; } = [];
    /// <summary>The payment.</summary>
    public CasePayment? Payment { get; init; }
    /// <summary>The correspondence.</summary>
    public IReadOnlyList<CaseCorrespondence> Correspondence { get; init; } = [];
    /// <summary>Exoneration: when the person is to come back, while the case waits for the return visit.</summary>
    public DateTimeOffset? ReturnVisitAt { get; init; }
    /// <summary>Exoneration: how many more times the return visit may be rescheduled, while the case waits for it.</summary>
    public int? ReschedulesLeft { get; init; }
    /// <summary>Exoneration: the return visit passed its grace period without a visit; the case waits for a reschedule.</summary>
    public bool ReturnVisitMissed { get; init; }
    /// <summary>Sealing: filed more than the good-cause period after the arrest; the reviewer needs good cause (851.8(l)).</summary>
    public bool NeedsGoodCause { get; init; }
    /// <summary>Sealing: the records are sealed (granted); personal data is shown to records staff and supervisors only.</summary>
    public bool Sealed { get; init; }
    /// <summary>Sealing: the day the sealed records fall due for destruction.</summary>
    public DateOnly? DestructionDueOn { get; init; }
    /// <summary>When the case was opened.</summary>
    public DateTimeOffset OpenedAt { get; init; }
    /// <summary>When the case last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>
    /// Staff who recorded the finding that the next approval confirms (a letter's records check; an exoneration's
    /// investigation and final verification; a sealing's agency review). None of them may record that approval.
    /// </summary>
    public IReadOnlyList<string> DecidedBy { get; init; } = [];
    /// <summary>The ids of the events already applied, so a repeated delivery is answered without effect.</summary>
    public IReadOnlyList<string> AppliedEventIds { get; init; } = [];
}
