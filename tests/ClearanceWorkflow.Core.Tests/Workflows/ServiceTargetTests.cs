using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using static ClearanceWorkflow.Core.Tests.Workflows.ClerkSteps;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class ServiceTargetTests(CaseHost host) : IClassFixture<CaseHost>
{
    private static readonly Dictionary<CaseStage, TimeSpan> ScansDueInOneSecond = new() { [CaseStage.AwaitingScans] = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task A_stage_that_passes_its_service_target_is_flagged_overdue_and_keeps_waiting_for_staff()
    {
        var c = await host.OpenAsync(Openings.Terms(targets: ScansDueInOneSecond));

        var overdue = await c.WaitUntilAsync("the case to be flagged overdue", s => s.Overdue);

        Assert.Equal((CaseState.Open, CaseStage.AwaitingScans, WaitingOn.Scanning), (overdue.Status, overdue.Stage, overdue.WaitingOn));
        Assert.Equal([EventTypes.ScanningCompleted], overdue.ExpectedEvents);
        var missed = (await c.WaitForTimelineAsync("the missed target to be recorded", t => t.Any(e => e.What == "ServiceTargetMissed")))
            .Single(e => e.What == "ServiceTargetMissed");
        Assert.Equal("system", missed.Who);
        Assert.Contains("AwaitingScans", missed.Why, StringComparison.Ordinal);

        var review = await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport));
        Assert.False(review.Overdue);
    }

    [Fact]
    public async Task An_overdue_case_still_takes_every_event_that_follows()
    {
        var c = await host.OpenAsync(Openings.Terms(targets: ScansDueInOneSecond));
        await c.WaitUntilAsync("the case to be flagged overdue", s => s.Overdue);

        await c.ScanAsync("doc-passport", DocumentTypes.Passport);
        await c.ScanAsync("doc-licence", DocumentTypes.DriverLicense);
        await c.RaiseAsync(EventTypes.ScanningCompleted, actor: "intake-1");
        await c.ReviewAsync([Accept("doc-passport"), Accept("doc-licence")]);
        await c.RaiseAsync(EventTypes.PaymentDeposited, new PaymentDeposited("DEP-0042"), actor: "cashier-1");

        var status = await c.WaitForStageAsync(CaseStage.AwaitingClearance);

        Assert.Equal(2, status.Documents.Count);
        Assert.Equal(PaymentState.Deposited, status.Payment!.State);
    }
}
