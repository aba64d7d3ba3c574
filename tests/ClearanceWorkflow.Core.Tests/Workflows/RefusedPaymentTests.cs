using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using static ClearanceWorkflow.Core.Tests.Workflows.ClerkSteps;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class RefusedPaymentTests(CaseHost host) : IClassFixture<CaseHost>
{
    public static TheoryData<PaymentInstrument, string> Refused => new()
    {
        { new PaymentInstrument(PaymentInstrumentKind.Cash, 17.00m, null, null), "Cash is not accepted" },
        { new PaymentInstrument(PaymentInstrumentKind.Check, 15.00m, "CHK-1", "LAPD"), "The amount must be 17.00 dollars" },
        { new PaymentInstrument(PaymentInstrumentKind.MoneyOrder, 17.00m, "MO-1", "City of Pasadena"), "payable to LAPD" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_unacceptable_instrument_is_returned_at_once_and_a_valid_one_requested(PaymentInstrument payment, string reason)
    {
        var c = await host.OpenAsync(payment: payment);
        var returned = await c.WaitUntilAsync("the returned-payment notice", s => s.Correspondence.Any(i => i.Kind == CorrespondenceKind.ReturnedPaymentNotice));
        Assert.Equal(PaymentState.Returned, returned.Payment!.State);
        Assert.Contains(reason, c.TextOf(returned.Item(CorrespondenceKind.ReturnedPaymentNotice).ItemId)!, StringComparison.Ordinal);

        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        await c.ReviewAsync([Accept("doc-passport"), Accept("doc-licence")]);
        var waiting = await c.WaitForStageAsync(CaseStage.AwaitingApplicant);
        Assert.Contains("17.00 dollars payable to LAPD", c.TextOf(waiting.Item(CorrespondenceKind.DeficiencyNotice).ItemId)!, StringComparison.Ordinal);

        await c.RaiseAsync(EventTypes.SupplementalMailReceived, new SupplementalMailReceived(Openings.MoneyOrder), actor: "intake-1");
        await c.WaitForStageAsync(CaseStage.AwaitingScans);
        await c.RaiseAsync(EventTypes.ScanningCompleted);
        await c.WaitForStageAsync(CaseStage.DocumentReview);
        await c.ReviewAsync([]);
        var complete = await c.WaitForStageAsync(CaseStage.AwaitingDeposit);
        Assert.Equal(PaymentState.Received, complete.Payment!.State);
        Assert.Equal(PaymentInstrumentKind.MoneyOrder, complete.Payment.Instrument);
        await c.AssertTimelineAsync("CaseOpened", "PaymentRefused", "ReturnedPaymentNoticeRendered", "PlacedInOutbox");
    }
}
