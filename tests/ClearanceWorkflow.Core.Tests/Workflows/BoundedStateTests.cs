using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class BoundedStateTests(CaseHost host) : IClassFixture<CaseHost>
{
    [Fact]
    public async Task A_scan_past_the_documents_cap_is_refused_and_recorded_and_scans_take_no_room_among_remembered_events()
    {
        var c = await host.OpenAsync(Openings.Terms() with { MaxDocuments = 2 });
        await c.ScanAsync("doc-1", DocumentTypes.Passport);
        await c.ScanAsync("doc-2", DocumentTypes.DriverLicense);
        await c.ScanAsync("doc-3", DocumentTypes.Other);
        await c.WaitUntilAsync("the first two listed", s => s.Documents.Count == 2);
        // While the mail is being scanned its entries wait for the next step: scanning completed.
        await c.RaiseAsync(EventTypes.ScanningCompleted, actor: "intake-1");

        await c.WaitForTimelineAsync("the third scan refused", t => t.Any(e => e.What == "DocumentRefused"));
        var status = (await c.StatusAsync())!;
        Assert.Equal(["doc-1", "doc-2"], status.Documents.Select(d => d.DocumentId));
        // Only the staff event is remembered; the scans are not.
        Assert.All(status.AppliedEventIds, id => Assert.StartsWith("scanning-completed", id, StringComparison.Ordinal));
        Assert.Single(status.AppliedEventIds);
    }
}
