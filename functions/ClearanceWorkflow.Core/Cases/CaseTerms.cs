using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Cases;

/// <summary>
/// The settings that decide a case's course, captured when the case opens so that a replay or a later change
/// of settings never rewrites a running case.
/// </summary>
public sealed record CaseTerms
{
    /// <summary>The fee due, from the schedule on the day the mail was received.</summary>
    public decimal FeeDue { get; init; }

    /// <summary>Service targets for stages that wait on staff or the bank; passing one flags the case overdue.</summary>
    public Dictionary<CaseStage, TimeSpan> StageTargets { get; init; } = [];

    /// <summary>How long the applicant has to answer a deficiency notice before the case is closed as abandoned.</summary>
    public TimeSpan ApplicantDeadline { get; init; }

    /// <summary>How long the applicant has to replace a dishonored payment.</summary>
    public TimeSpan ReplacementPaymentDeadline { get; init; }

    /// <summary>The most documents a case holds; scans beyond it are quarantined (keeps the case's status small).</summary>
    public int MaxDocuments { get; init; } = 40;

    /// <summary>Exoneration: how long before a return visit the reminder is sent.</summary>
    public TimeSpan ReturnVisitReminderBefore { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Exoneration: how long after the time of a return visit staff may still record it before it is a no-show.</summary>
    public TimeSpan ReturnVisitGrace { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Exoneration: how many times a return visit may be rescheduled.</summary>
    public int MaxReturnVisitReschedules { get; init; } = 2;

    /// <summary>Exoneration: how long a no-show waits for a reschedule before the case closes as a no-show.</summary>
    public TimeSpan NoShowDeadline { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Sealing: the decision period, from receipt or from the lapse of the statute of limitations when later (851.8(b)).</summary>
    public TimeSpan SealingDecisionPeriod { get; init; } = TimeSpan.FromDays(60);

    /// <summary>Sealing: a petition filed this many years after the arrest needs good cause (851.8(l)).</summary>
    public int SealingGoodCauseAfterYears { get; init; } = 2;

    /// <summary>Sealing: sealed records are kept this many years from the arrest, then destroyed (851.8(a)).</summary>
    public int SealedRecordsKeptYears { get; init; } = 3;

    /// <summary>
    /// A wait longer than this (sealed records waiting years for destruction) is taken in rounds of this length, and the
    /// case continues as new after each, so its history stays small however long it waits.
    /// </summary>
    public TimeSpan LongWaitRound { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The longest a case's one durable timer is set for (versions that keep one timer per case): a wait whose deadline is
    /// further off is woken after this and sets the next. A closed case's last timer is due within it (every timer waiting
    /// in a control queue costs the queue service on each receive); a shorter round wakes waiting cases more often.
    /// </summary>
    public TimeSpan TimerRound { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The longest pause between two attempts to destroy a case's records, which are retried until they succeed (a storage
    /// outage must not leave a case failed with its records half deleted).
    /// </summary>
    public TimeSpan DestroyRetryCap { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a closed case is kept before everything of it is purged but its tombstone, by <c>{Service}_{Outcome}</c>
    /// (e.g. <c>ClearanceLetter_Issued</c>), with <c>Default</c> for the rest.
    /// </summary>
    public Dictionary<string, TimeSpan> Retention { get; init; } = new(StringComparer.Ordinal)
    {
        ["Default"] = TimeSpan.FromDays(3 * 365),
        ["ClearanceLetter_Issued"] = TimeSpan.FromDays(2 * 365),
        ["ClearanceLetter_Abandoned"] = TimeSpan.FromDays(365),
        ["ClearanceLetter_PaymentFailed"] = TimeSpan.FromDays(365),
        ["Referral_Referred"] = TimeSpan.FromDays(365),
        ["Exoneration_Exonerated"] = TimeSpan.FromDays(10 * 365),
        ["Exoneration_NoShow"] = TimeSpan.FromDays(365),
    };

    /// <summary>How long a case of <paramref name="service"/> closed with <paramref name="outcome"/> is kept.</summary>
    public TimeSpan RetentionFor(ServiceKind service, CaseOutcome outcome) =>
        Retention.TryGetValue($"{service}_{outcome}", out var kept) ? kept
        : Retention.TryGetValue("Default", out var fallback) ? fallback
        : TimeSpan.FromDays(3 * 365);

    /// <summary>The time zone the unit's letters print times in (an IANA id).</summary>
    public string TimeZone { get; init; } = "America/Los_Angeles";

    /// <summary>The target for <paramref name="stage"/>, or null when the stage has none.</summary>
    public TimeSpan? TargetFor(CaseStage stage) => StageTargets.TryGetValue(stage, out var t) ? t : null;
}
