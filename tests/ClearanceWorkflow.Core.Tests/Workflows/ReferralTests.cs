using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Workflows;
using Microsoft.DurableTask;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class ReferralTests(CaseHost host) : IClassFixture<CaseHost>
{
    private static readonly ReferralAgency Doj = new("California Department of Justice", "statewide clearance", "916-227-3822",
        [ClearancePurpose.Immigration, ClearancePurpose.Employment]);

    private static readonly ReferralAgency Fbi = new("Federal Bureau of Investigation", "national clearance", "304-625-3878",
        [ClearancePurpose.Immigration]);

    [Fact]
    public async Task A_referred_request_mails_a_referral_notice_naming_each_agency_and_returns_the_payment_then_closes_as_referred()
    {
        var c = await OpenReferralAsync(paymentEnclosed: true);
        var mailing = await c.WaitUntilAsync("both notices in the outbox", s => s.Correspondence.Count == 2);
        Assert.Equal(CaseStage.AwaitingMailing, mailing.Stage);
        Assert.Equal(PaymentState.Returned, mailing.Payment!.State);
        var notice = mailing.Item(CorrespondenceKind.ReferralNotice);
        var text = c.TextOf(notice.ItemId)!;
        Assert.Contains("California Department of Justice", text, StringComparison.Ordinal);
        Assert.Contains("916-227-3822", text, StringComparison.Ordinal);
        Assert.Contains("Federal Bureau of Investigation", text, StringComparison.Ordinal);
        Assert.Contains("304-625-3878", text, StringComparison.Ordinal);
        var returned = mailing.Item(CorrespondenceKind.ReturnedPaymentNotice);
        Assert.Contains("uncashed", c.TextOf(returned.ItemId)!, StringComparison.Ordinal);

        await c.MailAsync(notice.ItemId);
        var halfway = await c.WaitUntilAsync("the notice mailed", s => s.Item(CorrespondenceKind.ReferralNotice).State == CorrespondenceState.Mailed);
        Assert.Equal(CaseState.Open, halfway.Status);
        await c.MailAsync(returned.ItemId);
        var closed = await c.WaitUntilFinishedAsync();
        Assert.Equal((CaseState.Closed, CaseOutcome.Referred), (closed.Status, closed.Outcome));
        await c.AssertTimelineAsync("CaseOpened", "ReferralNoticeRendered", "PlacedInOutbox", "ReturnedPaymentNoticeRendered",
            "PlacedInOutbox", "CorrespondenceMailed", "CorrespondenceMailed", "CaseClosed");
    }

    [Fact]
    public async Task A_closed_case_is_scheduled_for_purging_after_the_retention_period_of_its_service_and_outcome()
    {
        var c = await OpenReferralAsync(paymentEnclosed: false);
        var mailing = await c.WaitUntilAsync("the notice in the outbox", s => s.Correspondence.Count == 1);
        await c.MailAsync(mailing.Item(CorrespondenceKind.ReferralNotice).ItemId);
        var closed = await c.WaitUntilFinishedAsync();

        var entry = host.Index.Find(c.Number)!;
        Assert.Equal(closed.UpdatedAt + c.Opening.Terms.RetentionFor(ServiceKind.Referral, CaseOutcome.Referred), entry.PurgeDueAt);
        Assert.Equal(TimeSpan.FromDays(365), c.Opening.Terms.RetentionFor(ServiceKind.Referral, CaseOutcome.Referred));
        Assert.Equal(TimeSpan.FromDays(3 * 365), c.Opening.Terms.RetentionFor(ServiceKind.ClearanceLetter, CaseOutcome.Denied));
    }

    [Fact]
    public async Task A_referred_request_without_payment_sends_only_the_referral_notice()
    {
        var c = await OpenReferralAsync(paymentEnclosed: false);
        var mailing = await c.WaitUntilAsync("the notice in the outbox", s => s.Correspondence.Count == 1);
        Assert.Null(mailing.Payment);
        await c.MailAsync(mailing.Item(CorrespondenceKind.ReferralNotice).ItemId);
        var closed = await c.WaitUntilFinishedAsync();
        Assert.Equal(CaseOutcome.Referred, closed.Outcome);
    }

    [Fact]
    public async Task The_mailroom_can_mark_an_item_mailed_the_moment_the_outbox_lists_it_before_the_case_has_gone_on()
    {
        var number = CaseNumber.New(ServiceKind.Referral, 2026);
        var release = host.Outbox.HoldAfterListing(number);
        var c = await OpenReferralAsync(paymentEnclosed: false, number);
        var listed = await Eventually.UntilAsync("the outbox to list the notice", () => Task.FromResult(host.Outbox.ItemsOf(c.Number)),
            items => items.Count == 1, items => $"{items.Count} item(s)");

        // Whatever the published status shows yet, the rule the API applies takes the receipt of a listed item.
        var status = await c.StatusAsync() ?? CaseRules.Initial(c.Opening);
        Assert.Null(CaseRules.Refusal(status, EventTypes.CorrespondenceMailed, new CorrespondenceMailed(listed[0].ItemId),
            DateTimeOffset.UtcNow, "mailroom-1", listedInOutbox: true));
        await c.MailAsync(listed[0].ItemId);
        release();

        var closed = await c.WaitUntilFinishedAsync();
        Assert.Equal(CaseOutcome.Referred, closed.Outcome);
        Assert.Equal(CorrespondenceState.Mailed, closed.Item(CorrespondenceKind.ReferralNotice).State);
        Assert.Empty(host.Outbox.ItemsOf(c.Number));
    }

    private async Task<CaseUnderTest> OpenReferralAsync(bool paymentEnclosed, string? number = null)
    {
        var opening = Openings.ClearanceLetter(number ?? CaseNumber.New(ServiceKind.Referral, 2026), Openings.Terms(), paymentEnclosed) with
        {
            Service = ServiceKind.Referral,
            Clearance = new ClearanceRequest(ClearancePurpose.Immigration, null, "Canada"),
            ReferTo = [Doj, Fbi],
        };
        await host.Client.ScheduleNewOrchestrationInstanceAsync(ReferralOrchestrator.Name, opening, new StartOrchestrationOptions(opening.CaseNumber));
        return new CaseUnderTest(host, opening);
    }
}
