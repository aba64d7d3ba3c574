using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>What intake records for a test case.</summary>
public static class Openings
{
    public const decimal Fee = 17.00m;

    public static readonly PaymentInstrument MoneyOrder = new(PaymentInstrumentKind.MoneyOrder, Fee, "MO-5531", "LAPD");

    /// <summary>
    /// Terms in seconds rather than days. Targets and deadlines a scenario is not about are a minute: longer than any
    /// wait of a test, so they never fire in the middle of one.
    /// </summary>
    public static CaseTerms Terms(
        TimeSpan? applicantDeadline = null, TimeSpan? replacementDeadline = null, IReadOnlyDictionary<CaseStage, TimeSpan>? targets = null)
    {
        var stageTargets = new[]
        {
            CaseStage.AwaitingScans, CaseStage.DocumentReview, CaseStage.AwaitingDeposit, CaseStage.AwaitingClearance,
            CaseStage.RecordsCheck, CaseStage.SupervisorDecision, CaseStage.LetterApproval, CaseStage.AwaitingMailing,
            CaseStage.IdentityVerification, CaseStage.Investigation, CaseStage.FinalVerification,
        }.ToDictionary(stage => stage, _ => TimeSpan.FromMinutes(1));
        foreach (var (stage, target) in targets ?? new Dictionary<CaseStage, TimeSpan>())
        {
            stageTargets[stage] = target;
        }
        return new CaseTerms
        {
            FeeDue = Fee,
            StageTargets = stageTargets,
            ApplicantDeadline = applicantDeadline ?? TimeSpan.FromMinutes(1),
            ReplacementPaymentDeadline = replacementDeadline ?? TimeSpan.FromMinutes(1),
            ReturnVisitReminderBefore = TimeSpan.FromMinutes(1),
            ReturnVisitGrace = TimeSpan.FromMinutes(1),
            NoShowDeadline = TimeSpan.FromMinutes(1),
        };
    }

    /// <summary>A petition to seal and destroy the records of an LAPD arrest made with the Sheriff's Department.</summary>
    public static CaseOpening Sealing(string caseNumber, CaseTerms terms, DateOnly arrestDate, DateOnly receivedOn, DateOnly? limitationsLapsedOn) =>
        ClearanceLetter(caseNumber, terms, paymentEnclosed: false) with
        {
            Service = ServiceKind.ArrestRecordSealing,
            Clearance = null,
            ReceivedOn = receivedOn,
            Sealing = new SealingRequest("7104418", arrestDate, ["LAPD", "Los Angeles County Sheriff's Department"], false, limitationsLapsedOn),
        };

    /// <summary>A person whose name was used in an arrest, at an appointment that begins now.</summary>
    public static CaseOpening Exoneration(string caseNumber, CaseTerms terms) => ClearanceLetter(caseNumber, terms, paymentEnclosed: false) with
    {
        Service = ServiceKind.Exoneration,
        Channel = IntakeChannel.Appointment,
        Clearance = null,
        Exoneration = new ExonerationRequest("6012345", "BA-778812", DateTimeOffset.UtcNow),
    };

    /// <summary>A US citizen asking for a letter for foreign travel.</summary>
    public static CaseOpening ClearanceLetter(string caseNumber, CaseTerms terms, bool paymentEnclosed, PaymentInstrument? payment = null) => new()
    {
        CaseNumber = caseNumber,
        Service = ServiceKind.ClearanceLetter,
        Channel = IntakeChannel.Mail,
        ReceivedOn = new DateOnly(2026, 11, 27),
        Applicant = new Applicant("Maria", "Lopez", new DateOnly(1988, 3, 14), new Address("200 N Spring St", null, "Los Angeles", "CA", "90012")),
        Clearance = new ClearanceRequest(ClearancePurpose.ForeignTravel, ApplicantCategory.UsCitizen, "Japan"),
        Payment = paymentEnclosed ? payment ?? MoneyOrder : null,
        Terms = terms,
        OpenedBy = "intake-1",
        OpenedAt = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero),
    };
}
