using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Http;

namespace ClearanceWorkflow.Service.Tests.Http;

public sealed class PlainWordsTests
{
    private static readonly DateTimeOffset Visit = new(2026, 12, 1, 17, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_return_visit_is_announced_in_the_units_time_zone()
    {
        var status = Status(ServiceKind.Exoneration, CaseStage.AwaitingReturnVisit) with { ReturnVisitAt = Visit };

        Assert.Equal("Please come back for final verification on Tuesday, December 1, 2026 at 9:30 AM (Los Angeles time).",
            PlainWords.Stage(status, "America/Los_Angeles"));
    }

    [Fact]
    public void A_missed_return_visit_says_how_to_reschedule() =>
        Assert.Contains("(213) 486-8320", PlainWords.Stage(
            Status(ServiceKind.Exoneration, CaseStage.AwaitingReturnVisit) with { ReturnVisitAt = Visit, ReturnVisitMissed = true },
            "America/Los_Angeles"), StringComparison.Ordinal);

    [Theory]
    [InlineData(CaseStage.AgencyReview)]
    [InlineData(CaseStage.ProsecutorConcurrence)]
    public void A_sealing_under_review_reads_the_same_whichever_way_the_agency_leans(CaseStage stage)
    {
        var status = Status(ServiceKind.ArrestRecordSealing, stage);

        // With the prosecutor only because the agency recommended a grant: shown as the agency's review, stage and words.
        Assert.Equal(CaseStage.AgencyReview, PlainWords.PublicStage(status));
        Assert.Equal("Your petition is under review.", PlainWords.Stage(status, "UTC"));
    }

    [Theory]
    [InlineData(CaseStage.RecordsCheck)]
    [InlineData(CaseStage.SupervisorDecision)]
    [InlineData(CaseStage.LetterApproval)]
    public void A_clearance_letter_reads_the_same_from_the_records_check_to_the_approval_record_found_or_not(CaseStage stage)
    {
        var status = Status(ServiceKind.ClearanceLetter, stage);

        Assert.Equal(CaseStage.RecordsCheck, PlainWords.PublicStage(status));
        Assert.Equal("Your records check and the approval of your letter are in progress.", PlainWords.Stage(status, "UTC"));
    }

    [Fact]
    public void Every_outcome_has_plain_words() =>
        Assert.All(Enum.GetValues<CaseOutcome>(), o => Assert.False(string.IsNullOrWhiteSpace(PlainWords.Outcome(o))));

    private static CaseStatus Status(ServiceKind service, CaseStage stage) => new()
    {
        CaseNumber = "EX-2026-ABCDEF", Service = service, Stage = stage,
    };
}
