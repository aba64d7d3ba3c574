using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>
/// Version 4 writes the timeline entries of the scans that arrive while a case waits for them with its next step: the
/// documents are on the case at once, and the timeline has every scan, in the order it came, once scanning is completed.
/// </summary>
public sealed class ScanTimelineTests(CaseHost host) : IClassFixture<CaseHost>
{
    [Fact]
    public async Task Scans_are_listed_at_once_and_enter_the_timeline_in_their_order_when_scanning_is_completed()
    {
        var c = await host.OpenAsync();
        await c.ScanAsync("doc-passport", DocumentTypes.Passport);
        await c.ScanAsync("doc-licence", DocumentTypes.DriverLicense);
        await c.WaitUntilAsync("both scans listed", s => s.Documents.Count == 2);
        Assert.DoesNotContain(await c.TimelineAsync(), e => e.What == "DocumentScanned");

        await c.RaiseAsync(EventTypes.ScanningCompleted, actor: "intake-1");
        await c.WaitForStageAsync(CaseStage.DocumentReview);
        var timeline = await c.WaitForTimelineAsync("the completion", t => t.Any(e => e.What == "ScanningCompleted"));
        Assert.Equal(["CaseOpened", "DocumentScanned", "DocumentScanned", "ScanningCompleted"], timeline.Select(e => e.What));
        Assert.Equal(timeline.Select(e => e.Sequence).Order(), timeline.Select(e => e.Sequence));
        Assert.Contains("doc-passport", timeline[1].Why, StringComparison.Ordinal);
        Assert.Contains("doc-licence", timeline[2].Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_that_arrives_after_scanning_was_completed_enters_the_timeline_at_once()
    {
        var c = await host.OpenAsync();
        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        await c.ScanAsync("doc-bill", DocumentTypes.UtilityBill);

        var timeline = await c.WaitForTimelineAsync("the late scan", t => t.Any(e => e.What == "DocumentScanned" && e.Why!.Contains("doc-bill", StringComparison.Ordinal)));
        Assert.Equal(CaseStage.DocumentReview, (await c.StatusAsync())!.Stage);
        Assert.Equal(3, timeline.Count(e => e.What == "DocumentScanned"));
    }
}
