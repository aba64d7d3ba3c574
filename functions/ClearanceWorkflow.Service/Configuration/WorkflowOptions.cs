using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Configuration;

/// <summary>
/// The unit's settings for new cases (section <c>Workflow</c>). Durations are TimeSpan strings (<c>d.hh:mm:ss</c>):
/// days in production, seconds in tests and demos. They are captured into each case when it opens.
/// </summary>
public sealed class WorkflowOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Workflow";

    // The defaults live once, on the terms (which old cases fall back to when a later setting is missing from their input).
    private static readonly CaseTerms Defaults = new();

    /// <summary>The fee schedule; empty means the default $17.00.</summary>
    public List<FeeScheduleEntry> FeeSchedule { get; init; } = [];

    /// <summary>Service targets of the stages that wait on staff or the bank.</summary>
    public Dictionary<CaseStage, TimeSpan> StageTargets { get; init; } = new()
    {
        [CaseStage.AwaitingScans] = TimeSpan.FromDays(2),
        [CaseStage.DocumentReview] = TimeSpan.FromDays(3),
        [CaseStage.AwaitingDeposit] = TimeSpan.FromDays(2),
        [CaseStage.AwaitingClearance] = TimeSpan.FromDays(10),
        [CaseStage.RecordsCheck] = TimeSpan.FromDays(7),
        [CaseStage.SupervisorDecision] = TimeSpan.FromDays(3),
        [CaseStage.LetterApproval] = TimeSpan.FromDays(2),
        [CaseStage.AwaitingMailing] = TimeSpan.FromDays(2),
        [CaseStage.IdentityVerification] = TimeSpan.FromDays(1),
        [CaseStage.Investigation] = TimeSpan.FromDays(2),
        [CaseStage.FinalVerification] = TimeSpan.FromDays(1),
        [CaseStage.AwaitingDestruction] = TimeSpan.FromDays(7),
    };

    /// <summary>How long the applicant has to answer a deficiency notice.</summary>
    public TimeSpan ApplicantDeadline { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How long the applicant has to replace a dishonored payment.</summary>
    public TimeSpan ReplacementPaymentDeadline { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The most documents a case holds; scans beyond it are quarantined with the reason.</summary>
    public int MaxDocumentsPerCase { get; init; } = Defaults.MaxDocuments;

    /// <summary>Exoneration: how long before a return visit its reminder is sent.</summary>
    public TimeSpan ReturnVisitReminderBefore { get; init; } = Defaults.ReturnVisitReminderBefore;

    /// <summary>Exoneration: how long after the time of a return visit it may still be recorded before it is a no-show.</summary>
    public TimeSpan ReturnVisitGrace { get; init; } = Defaults.ReturnVisitGrace;

    /// <summary>Exoneration: how many times a return visit may be rescheduled.</summary>
    public int MaxReturnVisitReschedules { get; init; } = Defaults.MaxReturnVisitReschedules;

    /// <summary>Exoneration: how long a no-show waits for a reschedule before the case closes as a no-show.</summary>
    public TimeSpan NoShowDeadline { get; init; } = Defaults.NoShowDeadline;

    /// <summary>Sealing: the decision period, from receipt or the lapse of the statute of limitations when later (851.8(b)).</summary>
    public TimeSpan SealingDecisionPeriod { get; init; } = Defaults.SealingDecisionPeriod;

    /// <summary>Sealing: a petition filed more than this many years after the arrest needs good cause (851.8(l)).</summary>
    public int SealingGoodCauseAfterYears { get; init; } = Defaults.SealingGoodCauseAfterYears;

    /// <summary>Sealing: how many years from the arrest sealed records are kept before they are destroyed (851.8(a)).</summary>
    public int SealedRecordsKeptYears { get; init; } = Defaults.SealedRecordsKeptYears;

    /// <summary>A wait longer than this is taken in rounds of this length, the case continuing as new after each.</summary>
    public TimeSpan LongWaitRound { get; init; } = Defaults.LongWaitRound;

    /// <summary>The longest a case's one durable timer is set for; a later deadline is reached in rounds of this length.</summary>
    public TimeSpan TimerRound { get; init; } = Defaults.TimerRound;

    /// <summary>How long closed cases are kept, by <c>{Service}_{Outcome}</c> and <c>Default</c>; see the README for each reason.</summary>
    public Dictionary<string, TimeSpan> Retention { get; init; } = new(Defaults.Retention, StringComparer.Ordinal);

    /// <summary>The time zone (IANA id) the unit's letters print times in.</summary>
    public string TimeZone { get; init; } = Defaults.TimeZone;

    /// <summary>The terms of a case whose mail was received on <paramref name="receivedOn"/>.</summary>
    public CaseTerms TermsFor(DateOnly receivedOn) => new()
    {
        FeeDue = (FeeSchedule.Count == 0 ? Core.Domain.FeeSchedule.Default : new FeeSchedule(FeeSchedule)).FeeOn(receivedOn),
        StageTargets = new Dictionary<CaseStage, TimeSpan>(StageTargets),
        ApplicantDeadline = ApplicantDeadline,
        ReplacementPaymentDeadline = ReplacementPaymentDeadline,
        MaxDocuments = MaxDocumentsPerCase,
        ReturnVisitReminderBefore = ReturnVisitReminderBefore,
        ReturnVisitGrace = ReturnVisitGrace,
        MaxReturnVisitReschedules = MaxReturnVisitReschedules,
        NoShowDeadline = NoShowDeadline,
        TimeZone = TimeZone,
        Retention = new Dictionary<string, TimeSpan>(Retention, StringComparer.Ordinal),
        SealingDecisionPeriod = SealingDecisionPeriod,
        SealingGoodCauseAfterYears = SealingGoodCauseAfterYears,
        SealedRecordsKeptYears = SealedRecordsKeptYears,
        LongWaitRound = LongWaitRound,
        TimerRound = TimerRound,
    };
}
