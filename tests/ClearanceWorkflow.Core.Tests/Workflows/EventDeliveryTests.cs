using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using static ClearanceWorkflow.Core.Tests.Workflows.ClerkSteps;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class EventDeliveryTests(CaseHost host) : IClassFixture<CaseHost>
{
    [Fact]
    public async Task An_event_delivered_twice_with_the_same_id_takes_effect_once()
    {
        var c = await host.OpenAsync();
        await c.ScanAsync("doc-passport", DocumentTypes.Passport);
        await c.ScanAsync("doc-licence", DocumentTypes.DriverLicense);
        await c.RaiseAsync(EventTypes.ScanningCompleted, eventId: "scan-done-1", actor: "intake-1");
        await c.RaiseAsync(EventTypes.ScanningCompleted, eventId: "scan-done-1", actor: "intake-1");
        var reviewId = await c.ReviewAsync([Accept("doc-passport"), Accept("doc-licence")]);
        await c.RaiseAsync(EventTypes.DocumentsReviewed, new DocumentsReviewed([Reject("doc-passport", "late repeat")], true),
            eventId: reviewId, actor: "intake-1");
        await c.RaiseAsync(EventTypes.PaymentDeposited, new PaymentDeposited("DEP-0042"), actor: "cashier-1");

        var status = await c.WaitForStageAsync(CaseStage.AwaitingClearance);

        Assert.Single(status.AppliedEventIds, id => id == "scan-done-1");
        Assert.Single(status.AppliedEventIds, id => id == reviewId);
        Assert.All(status.Documents, d => Assert.Equal(ReviewState.Accepted, d.Review));
        var timeline = await c.WaitForTimelineAsync("the deposit to be recorded", t => t.Any(e => e.What == "PaymentDeposited"));
        Assert.Single(timeline, e => e.What == "ScanningCompleted");
        Assert.Single(timeline, e => e.What == "DocumentsReviewed");
        Assert.DoesNotContain(timeline, e => e.What == "EventIgnored");
    }

    [Fact]
    public async Task A_scan_delivered_twice_becomes_one_document()
    {
        var c = await host.OpenAsync();
        await c.ScanAsync("doc-passport", DocumentTypes.Passport);
        await c.ScanAsync("doc-passport", DocumentTypes.Passport);
        await c.RaiseAsync(EventTypes.ScanningCompleted, actor: "intake-1");

        var review = await c.WaitForStageAsync(CaseStage.DocumentReview);

        Assert.Single(review.Documents);
        var timeline = await c.WaitForTimelineAsync("the completion", t => t.Any(e => e.What == "ScanningCompleted"));
        Assert.Single(timeline, e => e.What == "DocumentScanned");
    }

    [Fact]
    public async Task An_event_the_stage_does_not_expect_is_recorded_as_ignored_and_changes_nothing()
    {
        var c = await host.OpenAsync();
        await c.ScanAsync("doc-passport", DocumentTypes.Passport);
        var before = await c.WaitUntilAsync("the scan to be attached", s => s.Documents.Count == 1);

        var eventId = await c.RaiseAsync(EventTypes.PaymentCleared, actor: "cashier-1");
        var after = await c.WaitUntilAsync("the unexpected event to be taken", s => s.AppliedEventIds.Contains(eventId));
        var timeline = await c.WaitForTimelineAsync("the ignored event to be recorded", t => t.Any(e => e.EventId == eventId));

        var ignored = Assert.Single(timeline, e => e.EventId == eventId);
        Assert.Equal(("EventIgnored", "cashier-1"), (ignored.What, ignored.Who));
        Assert.Contains("payment-cleared is not expected in stage AwaitingScans", ignored.Why, StringComparison.Ordinal);
        Assert.Equal((before.Status, before.Stage, before.WaitingOn, before.Deadline, before.Overdue, before.Payment),
            (after.Status, after.Stage, after.WaitingOn, after.Deadline, after.Overdue, after.Payment));
        Assert.Equal(before.ExpectedEvents, after.ExpectedEvents);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.Correspondence, after.Correspondence);

        await c.RaiseAsync(EventTypes.ScanningCompleted, actor: "intake-1");
        await c.WaitForStageAsync(CaseStage.DocumentReview);
    }

    [Fact]
    public async Task Events_sent_in_quick_succession_are_taken_in_order_stage_after_stage()
    {
        var c = await host.OpenAsync();

        await c.ScanAsync("doc-passport", DocumentTypes.Passport);
        await c.ScanAsync("doc-licence", DocumentTypes.DriverLicense);
        await c.RaiseAsync(EventTypes.ScanningCompleted, actor: "intake-1");
        await c.ReviewAsync([Accept("doc-passport"), Accept("doc-licence")]);
        await c.RaiseAsync(EventTypes.PaymentDeposited, new PaymentDeposited("DEP-0042"), actor: "cashier-1");
        await c.RaiseAsync(EventTypes.PaymentCleared, actor: "cashier-1");

        var status = await c.WaitForStageAsync(CaseStage.RecordsCheck);

        Assert.Equal(PaymentState.Cleared, status.Payment!.State);
        Assert.DoesNotContain(await c.TimelineAsync(), e => e.What == "EventIgnored");
    }
}
