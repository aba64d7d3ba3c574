using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class SealingTests(CaseHost host) : IClassFixture<CaseHost>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_granted_petition_is_sealed_the_agencies_are_asked_to_destroy_their_copies_and_when_due_the_records_are_destroyed()
    {
        var arrested = Today.AddYears(-4);
        var c = await host.OpenSealingAsync(arrested, Today);
        await c.ToDecisionAsync(SealingRecommendation.Grant);
        await c.RaiseAsync(EventTypes.ProsecutorResponded, new ProsecutorResponded(true, null), actor: "supervisor-1");

        var mailing = await c.WaitUntilAsync("the declaration and the requests in the outbox",
            s => s.Stage == CaseStage.AwaitingMailing && s.Correspondence.Count == 3);
        Assert.True(mailing.Sealed);
        Assert.Equal(arrested.AddYears(3), mailing.DestructionDueOn);
        var declaration = c.TextOf(mailing.Item(CorrespondenceKind.FactualInnocenceDeclaration).ItemId)!;
        Assert.Contains("factually innocent", declaration, StringComparison.Ordinal);
        var requests = mailing.Correspondence.Where(i => i.Kind == CorrespondenceKind.SealAndDestroyRequest).Select(i => c.TextOf(i.ItemId)!).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Contains(requests, t => t.Contains("California Department of Justice", StringComparison.Ordinal));
        Assert.Contains(requests, t => t.Contains("Los Angeles County Sheriff's Department", StringComparison.Ordinal));
        Assert.All(requests, t => Assert.Contains("7104418", t, StringComparison.Ordinal));

        await c.MailAllAsync(waitUntilFinished: false);
        var due = await c.WaitUntilAsync("the destruction due", s => s.Stage == CaseStage.AwaitingDestruction && s.WaitingOn == WaitingOn.Staff);
        Assert.Equal([EventTypes.RecordsDestroyed], due.ExpectedEvents);

        await c.RaiseAsync(EventTypes.RecordsDestroyed, actor: "records-1");
        var destroyed = await c.WaitUntilFinishedAsync();
        Assert.Equal((CaseState.Closed, CaseOutcome.Destroyed), (destroyed.Status, destroyed.Outcome));
        Assert.Empty(destroyed.Documents);
        Assert.Empty(destroyed.Correspondence);
        var tombstone = host.Destroyer.TombstoneOf(c.Number)!;
        Assert.Equal((ServiceKind.ArrestRecordSealing, CaseOutcome.Destroyed, "records-1"), (tombstone.Service, tombstone.Outcome, tombstone.DestroyedBy));
    }

    [Fact]
    public async Task Sealed_records_wait_for_their_destruction_date_and_cannot_be_destroyed_before()
    {
        var arrested = Today.AddYears(-1);
        var c = await host.OpenSealingAsync(arrested, Today);
        await c.ToDecisionAsync(SealingRecommendation.Grant);
        await c.RaiseAsync(EventTypes.ProsecutorResponded, new ProsecutorResponded(true, null), actor: "supervisor-1");
        await c.WaitUntilAsync("the letters in the outbox", s => s.Correspondence.Count == 3);
        await c.MailAllAsync(waitUntilFinished: false);

        var waiting = await c.WaitUntilAsync("the sealing period", s => s.Stage == CaseStage.AwaitingDestruction);
        Assert.Equal(WaitingOn.Timer, waiting.WaitingOn);
        Assert.Empty(waiting.ExpectedEvents);
        Assert.Equal(arrested.AddYears(3), waiting.DestructionDueOn);
        Assert.Null(host.Destroyer.TombstoneOf(c.Number));
    }

    [Fact]
    public async Task A_petition_the_agency_denies_closes_with_the_reason_and_the_court_route()
    {
        var c = await host.OpenSealingAsync(Today.AddYears(-1), Today);
        await c.ToDecisionAsync(SealingRecommendation.Deny, "The petitioner was identified by two witnesses.");

        var notice = await c.ClosingNoticeAsync(CorrespondenceKind.SealingDenialNotice);
        Assert.Contains("two witnesses", notice, StringComparison.Ordinal);
        Assert.Contains("Superior Court", notice, StringComparison.Ordinal);
        Assert.Equal(CaseOutcome.Denied, (await c.MailAllAsync()).Outcome);
    }

    [Fact]
    public async Task Without_the_prosecutors_concurrence_the_petition_is_denied()
    {
        var c = await host.OpenSealingAsync(Today.AddYears(-1), Today);
        await c.ToDecisionAsync(SealingRecommendation.Grant);
        await c.RaiseAsync(EventTypes.ProsecutorResponded, new ProsecutorResponded(false, "Further investigation pending."), actor: "supervisor-1");

        Assert.Contains("did not concur", await c.ClosingNoticeAsync(CorrespondenceKind.SealingDenialNotice), StringComparison.Ordinal);
        var closed = await c.MailAllAsync();
        Assert.Equal(CaseOutcome.Denied, closed.Outcome);
        Assert.False(closed.Sealed);
    }

    [Fact]
    public async Task A_petition_with_no_decision_within_the_period_is_deemed_denied_with_the_court_route()
    {
        var c = await host.OpenSealingAsync(Today.AddYears(-1), Today.AddDays(-62));

        var notice = await c.ClosingNoticeAsync(CorrespondenceKind.SealingDenialNotice);
        Assert.Contains("deemed denied", notice, StringComparison.Ordinal);
        Assert.Contains("851.8(b)", notice, StringComparison.Ordinal);
        Assert.Equal(CaseOutcome.DeemedDenied, (await c.MailAllAsync()).Outcome);
    }

    [Fact]
    public async Task A_petition_filed_more_than_two_years_after_the_arrest_is_flagged_for_good_cause_and_not_refused()
    {
        var c = await host.OpenSealingAsync(Today.AddYears(-3), Today);

        var flagged = await c.WaitUntilAsync("waiting for scans", s => s.Stage == CaseStage.AwaitingScans && s.ExpectedEvents.Count > 0);
        Assert.True(flagged.NeedsGoodCause);
        await c.AssertTimelineAsync("CaseOpened", "GoodCauseRequired");
    }

    [Fact]
    public async Task A_destruction_that_fails_past_the_ordinary_retries_goes_on_until_it_succeeds()
    {
        var c = await host.OpenSealingAsync(Today.AddYears(-4), Today, terms: Openings.Terms() with { DestroyRetryCap = TimeSpan.FromMilliseconds(50) });
        // More failures than the eight attempts every other activity gets.
        host.Destroyer.FailFirst(c.Number, 12);
        await c.ToDecisionAsync(SealingRecommendation.Grant);
        await c.WaitForStageAsync(CaseStage.ProsecutorConcurrence);
        await c.RaiseAsync(EventTypes.ProsecutorResponded, new ProsecutorResponded(true, null), actor: "supervisor-1");
        await c.WaitUntilAsync("the letters in the outbox", s => s.Correspondence.Count == 3);
        await c.MailAllAsync(waitUntilFinished: false);
        await c.WaitUntilAsync("the destruction due", s => s.Stage == CaseStage.AwaitingDestruction && s.WaitingOn == WaitingOn.Staff);

        await c.RaiseAsync(EventTypes.RecordsDestroyed, actor: "records-1");

        Assert.Equal(CaseOutcome.Destroyed, (await c.WaitUntilFinishedAsync()).Outcome);
        Assert.Equal(13, host.Destroyer.AttemptsOf(c.Number));
        Assert.NotNull(host.Destroyer.TombstoneOf(c.Number));
    }

    [Fact]
    public async Task A_later_lapse_of_the_statute_of_limitations_moves_the_decision_clock_and_the_petition_is_not_deemed_denied()
    {
        // Received 62 days ago: by receipt alone the clock has run out.
        var received = Today.AddDays(-62);
        var c = await host.OpenSealingAsync(Today.AddYears(-1), received, limitationsLapsedOn: Today);
        var due = SealingRules.DecisionDue(received, Today, c.Opening.Terms.SealingDecisionPeriod, c.Opening.Terms.TimeZone);

        var scanning = await c.WaitUntilAsync("waiting for scans", s => s.Stage == CaseStage.AwaitingScans && s.ExpectedEvents.Count > 0);
        Assert.Equal(due, scanning.Deadline);
        await c.ToDecisionAsync(SealingRecommendation.Grant);
        var concurrence = await c.WaitForStageAsync(CaseStage.ProsecutorConcurrence);
        Assert.Equal((CaseState.Open, due), (concurrence.Status, concurrence.Deadline));
    }

    [Fact]
    public async Task A_petition_still_in_agency_review_when_the_decision_clock_runs_out_is_deemed_denied()
    {
        var c = await host.OpenSealingAsync(Today.AddYears(-1), Today, terms: Openings.Terms() with { SealingDecisionPeriod = TimeSpan.FromSeconds(8) });
        await c.ToAgencyReviewAsync();

        Assert.Contains("deemed denied", await c.ClosingNoticeAsync(CorrespondenceKind.SealingDenialNotice), StringComparison.Ordinal);
        Assert.Equal(CaseOutcome.DeemedDenied, (await c.MailAllAsync()).Outcome);
        await c.AssertTimelineAsync("ScanningCompleted", "SealingDenialNoticeRendered", "CaseClosed");
    }

    [Fact]
    public async Task A_grant_still_waiting_for_the_prosecutor_when_the_decision_clock_runs_out_is_deemed_denied_and_nothing_is_sealed()
    {
        var c = await host.OpenSealingAsync(Today.AddYears(-1), Today, terms: Openings.Terms() with { SealingDecisionPeriod = TimeSpan.FromSeconds(10) });
        await c.ToDecisionAsync(SealingRecommendation.Grant);
        await c.WaitForStageAsync(CaseStage.ProsecutorConcurrence);

        Assert.Contains("deemed denied", await c.ClosingNoticeAsync(CorrespondenceKind.SealingDenialNotice), StringComparison.Ordinal);
        var closed = await c.MailAllAsync();
        Assert.Equal(CaseOutcome.DeemedDenied, closed.Outcome);
        Assert.False(closed.Sealed);
    }
}
