using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Tests.Workflows;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class CaseRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 16, 0, 0, TimeSpan.Zero);

    public static TheoryData<ServiceKind, CaseStage, WaitingOn, string[]> FirstStages => new()
    {
        { ServiceKind.ClearanceLetter, CaseStage.AwaitingScans, WaitingOn.Scanning, [EventTypes.ScanningCompleted] },
        { ServiceKind.Referral, CaseStage.AwaitingMailing, WaitingOn.Staff, [] },
        { ServiceKind.Exoneration, CaseStage.IdentityVerification, WaitingOn.Staff, [EventTypes.IdentityVerified] },
        { ServiceKind.ArrestRecordSealing, CaseStage.AwaitingScans, WaitingOn.Scanning, [EventTypes.ScanningCompleted] },
    };

    [Theory]
    [MemberData(nameof(FirstStages))]
    public void A_new_case_starts_in_the_first_stage_of_its_service_expecting_its_first_event(
        ServiceKind service, CaseStage stage, WaitingOn waitingOn, string[] expected)
    {
        var status = CaseRules.Initial(Opening(service));

        Assert.Equal((CaseState.Open, stage, waitingOn), (status.Status, status.Stage, status.WaitingOn));
        Assert.Equal(expected, status.ExpectedEvents);
    }

    [Theory]
    [InlineData("records-1", true)]
    [InlineData("supervisor-1", false)]
    public void Whoever_recorded_the_finding_may_not_record_its_approval(string approver, bool refused)
    {
        var status = CaseRules.Initial(Opening(ServiceKind.Exoneration)) with
        {
            Stage = CaseStage.LetterApproval, ExpectedEvents = [EventTypes.LetterApproved], DecidedBy = ["records-1"],
        };

        var refusal = CaseRules.Refusal(status, EventTypes.LetterApproved, null, Now, approver);

        Assert.Equal(refused, refusal is { IsConflict: true });
        Assert.Null(CaseRules.Refusal(status, EventTypes.LetterApproved, null, Now));
    }

    [Fact]
    public void A_closed_case_refuses_every_event_as_a_conflict()
    {
        var closed = CaseRules.Initial(Opening(ServiceKind.Exoneration)) with { Status = CaseState.Closed, Stage = CaseStage.Closed };

        var refusal = CaseRules.Refusal(closed, EventTypes.IdentityVerified, new IdentityVerified(IdentityResult.NoMatch), Now);

        Assert.True(refusal!.IsConflict);
        Assert.Contains("closed", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_of_another_stage_is_a_conflict_naming_the_stage()
    {
        var refusal = CaseRules.Refusal(CaseRules.Initial(Opening(ServiceKind.Exoneration)), EventTypes.ReturnVisitRecorded, null, Now);

        Assert.True(refusal!.IsConflict);
        Assert.Contains("IdentityVerification", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_can_be_marked_mailed_while_the_case_shows_it_in_the_outbox_and_not_before_or_after()
    {
        var item = new CaseCorrespondence("referral-notice-1", CorrespondenceKind.ReferralNotice, CorrespondenceState.InOutbox, null);
        var initial = CaseRules.Initial(Opening(ServiceKind.Referral));
        var inOutbox = initial with { Correspondence = [item] };
        inOutbox = inOutbox with { ExpectedEvents = CaseRules.ExpectedNow(inOutbox, []) };
        var mailed = inOutbox with { Correspondence = [item with { State = CorrespondenceState.Mailed }] };

        Assert.Null(CaseRules.Refusal(inOutbox, EventTypes.CorrespondenceMailed, new CorrespondenceMailed(item.ItemId), Now));
        Assert.True(CaseRules.Refusal(initial, EventTypes.CorrespondenceMailed, new CorrespondenceMailed(item.ItemId), Now)!.IsConflict);
        var refused = CaseRules.Refusal(mailed with { ExpectedEvents = [EventTypes.CorrespondenceMailed] }, EventTypes.CorrespondenceMailed,
            new CorrespondenceMailed(item.ItemId), Now);
        Assert.Equal(["itemId"], refused!.Errors!.Keys);
    }

    public static TheoryData<string, string, bool> ReturnVisits => new()
    {
        // Event, when the visit is from now, whether it is refused under returnVisitAt.
        { EventTypes.ReturnVisitRescheduled, "-00:01:00", true },
        { EventTypes.ReturnVisitRescheduled, "00:00:00", true },
        { EventTypes.ReturnVisitRescheduled, "1.00:00:00", false },
        { EventTypes.ReturnVisitRescheduled, "365.00:00:00", false },
        { EventTypes.ReturnVisitRescheduled, "367.00:00:00", true },
        { EventTypes.InvestigationCompleted, "-1.00:00:00", true },
        { EventTypes.InvestigationCompleted, "14.00:00:00", false },
        { EventTypes.InvestigationCompleted, "730.00:00:00", true },
    };

    [Theory]
    [MemberData(nameof(ReturnVisits))]
    public void A_return_visit_in_the_past_or_more_than_a_year_ahead_is_refused_under_its_field(string eventType, string fromNow, bool refused)
    {
        var at = Now + TimeSpan.Parse(fromNow, System.Globalization.CultureInfo.InvariantCulture);
        object body = eventType == EventTypes.InvestigationCompleted
            ? new InvestigationCompleted(InvestigationResult.NeedsReturnVisit, at)
            : new ReturnVisitRescheduled(at);
        var waiting = CaseRules.Initial(Opening(ServiceKind.Exoneration)) with { Stage = CaseStage.Investigation, ExpectedEvents = [eventType] };

        var refusal = CaseRules.Refusal(waiting, eventType, body, Now);

        Assert.Equal(refused ? ["returnVisitAt"] : null, refusal?.Errors?.Keys);
    }

    public static TheoryData<string, CorrespondenceState?, bool, bool, bool> MailingAhead => new()
    {
        // Case, the item's state in the published status (null: not listed yet), listed in the outbox, closed, accepted.
        { "a referral just opened", null, true, false, true },
        { "a referral just opened, the outbox not listing the item", null, false, false, false },
        { "a letter approved, the status not yet showing it sent", CorrespondenceState.AwaitingApproval, true, false, true },
        { "an item the status shows in the outbox", CorrespondenceState.InOutbox, true, false, true },
        { "an item the status shows in the outbox, gone from the outbox", CorrespondenceState.InOutbox, false, false, true },
        { "an item the status shows mailed", CorrespondenceState.Mailed, true, false, false },
        { "a closed case", null, true, true, false },
    };

    [Theory]
    [MemberData(nameof(MailingAhead))]
    public void An_item_the_outbox_lists_can_be_marked_mailed_before_the_published_status_shows_it_there(
        string @case, CorrespondenceState? state, bool listed, bool closed, bool accepted)
    {
        var initial = CaseRules.Initial(Opening(ServiceKind.Referral));
        var status = initial with
        {
            Correspondence = state is { } s ? [new CaseCorrespondence("referral-notice-1", CorrespondenceKind.ReferralNotice, s, null)] : [],
            Status = closed ? CaseState.Closed : CaseState.Open,
        };
        status = status with { ExpectedEvents = CaseRules.ExpectedNow(status, []) };

        var refusal = CaseRules.Refusal(status, EventTypes.CorrespondenceMailed, new CorrespondenceMailed("referral-notice-1"), Now,
            "mailroom-1", listedInOutbox: listed);

        Assert.True(accepted == refusal is null, @case);
        Assert.True(accepted || refusal!.IsConflict || refusal.Errors!.ContainsKey("itemId"), @case);
    }

    [Fact]
    public void A_review_naming_a_document_the_case_does_not_have_is_refused_under_that_verdict()
    {
        var review = CaseRules.Initial(Opening(ServiceKind.ClearanceLetter)) with
        {
            Stage = CaseStage.DocumentReview,
            ExpectedEvents = [EventTypes.DocumentsReviewed],
            Documents = [new CaseDocument("doc-1", DocumentTypes.Passport, ReviewState.Pending, null)],
        };

        var refused = CaseRules.Refusal(review, EventTypes.DocumentsReviewed,
            new DocumentsReviewed([new DocumentVerdict("doc-1", true, null), new DocumentVerdict("doc-9", true, null)], true), Now);

        Assert.Equal(["verdicts[1].documentId"], refused!.Errors!.Keys);
    }

    [Theory]
    [InlineData(new string[0], "the petition and an identity document")]
    [InlineData(new[] { DocumentTypes.Petition }, "an identity document")]
    [InlineData(new[] { DocumentTypes.Petition, DocumentTypes.UtilityBill }, "an identity document")]
    [InlineData(new[] { DocumentTypes.DriverLicense }, "the petition")]
    [InlineData(new[] { DocumentTypes.Petition, DocumentTypes.DriverLicense }, null)]
    [InlineData(new[] { DocumentTypes.Petition, DocumentTypes.Passport, DocumentTypes.CourtOrder }, null)]
    public void A_sealing_petition_goes_to_review_only_with_the_petition_and_an_identity_document_attached(string[] attached, string? missing)
    {
        var scanning = CaseRules.Initial(Openings.Sealing("SL-2026-ABCDEF", Openings.Terms(), new DateOnly(2025, 3, 1), new DateOnly(2026, 1, 5), null)) with
        {
            Documents = attached.Select((t, i) => new CaseDocument($"doc-{i}", t, ReviewState.Pending, null)).ToList(),
        };

        var refused = CaseRules.Refusal(scanning, EventTypes.ScanningCompleted, null, Now);

        Assert.Equal(missing is not null, refused is { IsConflict: true });
        if (missing is not null)
        {
            Assert.Contains($"without {missing} attached", refused!.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_clearance_letter_needs_no_particular_document_to_finish_scanning() =>
        Assert.Null(CaseRules.Refusal(CaseRules.Initial(Opening(ServiceKind.ClearanceLetter)), EventTypes.ScanningCompleted, null, Now));

    [Theory]
    [InlineData(CaseOutcome.Issued, true)]
    [InlineData(CaseOutcome.Exonerated, true)]
    [InlineData(CaseOutcome.NotExonerated, false)]
    [InlineData(CaseOutcome.Denied, false)]
    [InlineData(null, false)]
    public void Only_a_letter_or_certificate_that_was_issued_can_be_revoked(CaseOutcome? outcome, bool revocable) =>
        Assert.Equal(revocable, CaseRules.IssuedDocument(outcome));

    private static CaseOpening Opening(ServiceKind service) => service == ServiceKind.Exoneration
        ? Openings.Exoneration("EX-2026-ABCDEF", Openings.Terms())
        : Openings.ClearanceLetter("CL-2026-ABCDEF", Openings.Terms(), paymentEnclosed: true) with { Service = service };
}
