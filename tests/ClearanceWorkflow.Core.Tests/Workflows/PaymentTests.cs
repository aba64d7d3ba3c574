using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using static ClearanceWorkflow.Core.Tests.Workflows.ClerkSteps;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class PaymentTests(CaseHost host) : IClassFixture<CaseHost>
{
    [Fact]
    public async Task A_dishonored_payment_asks_for_a_replacement_and_the_case_goes_on_once_the_replacement_clears()
    {
        var c = await host.OpenAsync();
        await c.CompleteDocumentsAsync();
        await c.DepositAsync();

        await c.RaiseAsync(EventTypes.PaymentDishonored, new PaymentDishonored("Insufficient funds"), actor: "cashier-1");
        var waiting = await c.WaitForStageAsync(CaseStage.AwaitingReplacementPayment);
        Assert.Equal(WaitingOn.Applicant, waiting.WaitingOn);
        Assert.Equal(PaymentState.Dishonored, waiting.Payment!.State);
        Assert.Contains(EventTypes.ReplacementPaymentReceived, waiting.ExpectedEvents);
        var notice = waiting.Item(CorrespondenceKind.DeficiencyNotice);
        Assert.Equal(CorrespondenceState.InOutbox, notice.State);
        Assert.Contains(host.Outbox.ItemsOf(c.Number), i => i.ItemId == notice.ItemId);
        var text = c.TextOf(notice.ItemId)!;
        Assert.Contains("returned unpaid", text, StringComparison.Ordinal);
        Assert.Contains("17.00 dollars payable to LAPD", text, StringComparison.Ordinal);

        await c.RaiseAsync(EventTypes.ReplacementPaymentReceived, new ReplacementPaymentReceived(ReplacementMoneyOrder), actor: "cashier-1");
        var deposit = await c.WaitForStageAsync(CaseStage.AwaitingDeposit);
        Assert.Equal(new CasePayment(PaymentInstrumentKind.MoneyOrder, 17.00m, PaymentState.Received), deposit.Payment);

        var records = await c.CollectPaymentAsync();
        Assert.Equal(PaymentState.Cleared, records.Payment!.State);
        await c.AssertTimelineAsync(
            "PaymentDeposited", "PaymentDishonored", "DeficiencyNoticeRendered", "PlacedInOutbox", "ReplacementPaymentReceived",
            "PaymentDeposited", "PaymentCleared");
    }

    [Fact]
    public async Task No_replacement_payment_by_the_deadline_closes_the_case_as_payment_failed()
    {
        var c = await host.OpenAsync(Openings.Terms(replacementDeadline: TimeSpan.FromSeconds(2)));
        await c.CompleteDocumentsAsync();
        await c.DepositAsync();
        await c.RaiseAsync(EventTypes.PaymentDishonored, new PaymentDishonored("Account closed"), actor: "cashier-1");
        await c.WaitForStageAsync(CaseStage.AwaitingReplacementPayment);

        var closed = await c.WaitUntilFinishedAsync();

        Assert.Equal((CaseState.Closed, CaseOutcome.PaymentFailed), (closed.Status, closed.Outcome));
        Assert.Equal(PaymentState.Dishonored, closed.Payment!.State);
    }
}
