using System.Text.Json;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Workflows;
using ClearanceWorkflow.Service.Configuration;

namespace ClearanceWorkflow.Functions.Tests.Support;

/// <summary>One of each payload that travels through the durable backend, filled in as a real case fills it.</summary>
public static class SamplePayloads
{
    /// <summary>The case number used throughout.</summary>
    public const string CaseNumber = "CL-2026-ABCDEF";

    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A clearance-letter case as intake opens it.</summary>
    public static CaseOpening Opening { get; } = new()
    {
        CaseNumber = CaseNumber,
        Service = ServiceKind.ClearanceLetter,
        Channel = IntakeChannel.Mail,
        ReceivedOn = new DateOnly(2026, 11, 27),
        Applicant = new Applicant("Maria", "Lopez", new DateOnly(1988, 3, 14), new Address("200 N Spring St", null, "Los Angeles", "CA", "90012")),
        Clearance = new ClearanceRequest(ClearancePurpose.ForeignTravel, ApplicantCategory.UsCitizen, "Japan"),
        Payment = new PaymentInstrument(PaymentInstrumentKind.MoneyOrder, 17.00m, "MO-5531", "LAPD"),
        Terms = new WorkflowOptions().TermsFor(new DateOnly(2026, 11, 27)),
        OpenedBy = "intake-1",
        OpenedAt = Now,
    };

    /// <summary>An exoneration as intake opens it at the appointment.</summary>
    public static CaseOpening ExonerationOpening { get; } = Opening with
    {
        CaseNumber = "EX-2026-ABCDEF",
        Service = ServiceKind.Exoneration,
        Channel = IntakeChannel.Appointment,
        Clearance = null,
        Payment = null,
        Exoneration = new ExonerationRequest("6012345", "BA-778812", Now.AddHours(1)),
    };

    /// <summary>The case's status part-way: a document reviewed, a letter in the outbox.</summary>
    public static CaseStatus Status { get; } = CaseRules.Initial(Opening) with
    {
        Stage = CaseStage.AwaitingMailing,
        WaitingOn = WaitingOn.Staff,
        ExpectedEvents = [EventTypes.CorrespondenceMailed],
        Deadline = Now.AddDays(2),
        Documents = [new CaseDocument("doc-0000000000000001", "passport", ReviewState.Accepted, null)],
        Payment = new CasePayment(PaymentInstrumentKind.MoneyOrder, 17.00m, PaymentState.Cleared),
        Correspondence = [new CaseCorrespondence("letter-1", CorrespondenceKind.ClearanceLetter, CorrespondenceState.InOutbox, "ABCD-EFGH-JKMN")],
        AppliedEventIds = ["e-1", "e-2"],
        ReturnVisitAt = Now.AddDays(3),
        ReschedulesLeft = 1,
        ReturnVisitMissed = true,
    };

    /// <summary>A staff event with a body, as the event handler raises it.</summary>
    public static CaseEvent Event { get; } = new()
    {
        Type = EventTypes.CorrespondenceMailed,
        EventId = "e-3",
        Actor = "mailroom-1",
        ReceivedAt = Now,
        Note = "Mailed with the afternoon post.",
        Body = JsonSerializer.SerializeToElement(new CorrespondenceMailed("letter-1"), CaseJson.Options),
    };

    /// <summary>The letter's content.</summary>
    public static CorrespondenceContent Letter { get; } = new(CaseNumber, CorrespondenceKind.ClearanceLetter, new DateOnly(2026, 11, 27), "Maria Lopez",
        ["200 N Spring St", "Los Angeles, CA 90012"], "Police clearance", ["No record."], "ABCD-EFGH-JKMN");

    /// <summary>An outbox item.</summary>
    public static OutboxItem OutboxItem { get; } = new(CaseNumber, "letter-1", CorrespondenceKind.ClearanceLetter, Now);

    /// <summary>The input of each activity, by activity name.</summary>
    public static IReadOnlyDictionary<string, object> ActivityInputs { get; } = new Dictionary<string, object>
    {
        [RecordCaseHistory.Name] = new CaseHistoryUpdate(CaseNumber, [new TimelineEntry(1, Now, "CaseOpened", "intake-1", null, null, null)],
            new CaseIndexEntry(CaseNumber, ServiceKind.ClearanceLetter, CaseState.Open, CaseStage.AwaitingScans, WaitingOn.Scanning, Now, Now, Now.AddDays(2), null)
            {
                AppointmentAt = Now.AddDays(3),
            }),
        [RenderCorrespondence.Name] = new RenderRequest("letter-1", Letter),
        [PlaceInOutbox.Name] = OutboxItem,
        [RemoveFromOutbox.Name] = OutboxItem,
        [RegisterVerification.Name] = new VerificationRecord("ABCDEFGHJKMNPQ", CaseNumber, ServiceKind.ClearanceLetter, CorrespondenceKind.ClearanceLetter,
            "Maria Lopez", new DateOnly(2026, 11, 27), false),
        [DestroyCaseRecords.Name] = new CaseTombstone("SL-2026-ABCDEF", ServiceKind.ArrestRecordSealing, Now, CaseOutcome.Destroyed, Now.AddYears(3), "records-1"),
        [MintVerificationCode.Name] = new VerificationCodeRequest(CaseNumber, "letter-1"),
        [IssueCorrespondence.Name] = new IssueRequest(CaseNumber, "letter-1", MintCode: true, Letter,
            new VerificationRecord("ABCDEFGHJKMNPQ", CaseNumber, ServiceKind.ClearanceLetter, CorrespondenceKind.ClearanceLetter, "Maria Lopez", new DateOnly(2026, 11, 27), false),
            OutboxItem),
    };

    /// <summary>A sealing petition as intake opens it from the mail.</summary>
    public static CaseOpening SealingOpening { get; } = Opening with
    {
        CaseNumber = "SL-2026-ABCDEF",
        Service = ServiceKind.ArrestRecordSealing,
        Clearance = null,
        Payment = null,
        Sealing = new SealingRequest("7104418", new DateOnly(2025, 3, 2), ["LAPD", "Los Angeles County Sheriff's Department"], false, new DateOnly(2026, 3, 2)),
    };

    /// <summary>
    /// The activity inputs of the exoneration and the sealing, beyond the clearance letter's one of each activity: what their
    /// cases send through the durable backend, by a description.
    /// </summary>
    public static IReadOnlyDictionary<string, object> ServiceActivityInputs { get; } = new Dictionary<string, object>
    {
        ["exoneration reminder render"] = new RenderRequest("return-visit-reminder-1a2b3c4d", new CorrespondenceContent(
            ExonerationOpening.CaseNumber, CorrespondenceKind.ReturnVisitReminder, new DateOnly(2026, 11, 27), "Maria Lopez",
            ["200 N Spring St", "Los Angeles, CA 90012"], "Your return visit", ExonerationTexts.Reminder(Now.AddDays(3), "America/Los_Angeles"), null)),
        ["exoneration certificate render"] = new RenderRequest("exoneration-certificate-1a2b3c4d", new CorrespondenceContent(
            ExonerationOpening.CaseNumber, CorrespondenceKind.ExonerationCertificate, new DateOnly(2026, 11, 27), "Maria Lopez",
            ["200 N Spring St", "Los Angeles, CA 90012"], ExonerationTexts.Subject(ExonerationOpening.Exoneration!),
            ExonerationTexts.Certificate(ExonerationOpening), "ABCD-EFGH-JKMN")),
        ["exoneration certificate verification"] = new VerificationRecord("ABCDEFGHJKMNPQ", ExonerationOpening.CaseNumber, ServiceKind.Exoneration,
            CorrespondenceKind.ExonerationCertificate, "Maria Lopez", new DateOnly(2026, 11, 27), false),
        ["exoneration history at a return visit"] = new CaseHistoryUpdate(ExonerationOpening.CaseNumber,
            [new TimelineEntry(4, Now, "InvestigationCompleted", "investigator-1", "NeedsReturnVisit", "e-4", "Comes back Monday.")],
            new CaseIndexEntry(ExonerationOpening.CaseNumber, ServiceKind.Exoneration, CaseState.Open, CaseStage.AwaitingReturnVisit,
                WaitingOn.Appointment, Now, Now, Now.AddDays(5), null) { AppointmentAt = Now.AddDays(3) })
        {
            StagesLeft = [new StageSpan(CaseStage.Investigation, Now.AddHours(-2), Now)],
        },
        ["sealing declaration render"] = new RenderRequest("factual-innocence-declaration-1a2b3c4d", new CorrespondenceContent(
            SealingOpening.CaseNumber, CorrespondenceKind.FactualInnocenceDeclaration, new DateOnly(2026, 11, 27), "Maria Lopez",
            ["200 N Spring St", "Los Angeles, CA 90012"], "Declaration of factual innocence", SealingTexts.Declaration(SealingOpening), "ABCD-EFGH-JKMN")),
        ["sealing request to the state render"] = new RenderRequest("seal-and-destroy-request-1a2b3c4d", new CorrespondenceContent(
            SealingOpening.CaseNumber, CorrespondenceKind.SealAndDestroyRequest, new DateOnly(2026, 11, 27), SealingTexts.StateDoj.Name,
            SealingTexts.StateDoj.Address, "Seal and destroy", SealingTexts.SealAndDestroyRequest(SealingOpening, new DateOnly(2029, 11, 27)), null)),
        ["sealing declaration verification"] = new VerificationRecord("ABCDEFGHJKMNPQ", SealingOpening.CaseNumber, ServiceKind.ArrestRecordSealing,
            CorrespondenceKind.FactualInnocenceDeclaration, "Maria Lopez", new DateOnly(2026, 11, 27), false),
        ["sealing denial in the outbox"] = new OutboxItem(SealingOpening.CaseNumber, "sealing-denial-notice-1a2b3c4d", CorrespondenceKind.SealingDenialNotice, Now),
        ["sealing history awaiting destruction"] = new CaseHistoryUpdate(SealingOpening.CaseNumber,
            [new TimelineEntry(7, Now, "SealingGranted", "supervisor-1", null, "e-7", null)],
            new CaseIndexEntry(SealingOpening.CaseNumber, ServiceKind.ArrestRecordSealing, CaseState.Open, CaseStage.AwaitingDestruction,
                WaitingOn.Timer, Now, Now, Now.AddYears(3), null)),
        ["sealing code minted"] = new VerificationCodeRequest(SealingOpening.CaseNumber, "factual-innocence-declaration-1a2b3c4d"),
    };

    /// <summary>A sealing that continued as new at a checkpoint, granted and sealed: the input of its next execution.</summary>
    public static CaseOpening SealingCarriedOver { get; } = SealingOpening with
    {
        CarryOver = new CaseCarryOver("AwaitingDestruction", CaseRules.Initial(SealingOpening) with
        {
            Stage = CaseStage.AwaitingDestruction,
            WaitingOn = WaitingOn.Timer,
            Sealed = true,
            DestructionDueOn = new DateOnly(2029, 11, 27),
            Correspondence = [new CaseCorrespondence("factual-innocence-declaration-1a2b3c4d", CorrespondenceKind.FactualInnocenceDeclaration,
                CorrespondenceState.Mailed, "ABCD-EFGH-JKMN")],
        }, 9, Now, 1, null),
    };
}
