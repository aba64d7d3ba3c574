using System.Globalization;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>A case's published state stays small however much is scanned into it.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ManyPagesTests(ServiceFixture service)
{
    private const int Cap = 40;

    [Fact]
    public async Task Scanning_200_pages_into_one_case_keeps_the_cap_quarantines_the_excess_with_a_reason_and_the_case_goes_on()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        var pages = Enumerable.Range(1, 200).ToList();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (page, _) =>
            await service.Scanner.ScanAsync(n, "other", $"page-{page.ToString("D3", CultureInfo.InvariantCulture)}.pdf", ScanStation.Pdf($"page {page} of {n}")));

        var quarantined = await Poll.UntilAsync(async () => (await service.Scanner.ListAsync("quarantine"))
                .Where(q => Uri.UnescapeDataString(q.Metadata["originalName"]).StartsWith($"{n}/", StringComparison.Ordinal)).ToList(),
            q => q.Count == 200 - Cap, "the excess in quarantine", TimeSpan.FromMinutes(3));
        Assert.All(quarantined, q => Assert.Equal($"the case already holds {Cap} documents", q.Metadata["reason"]));

        var view = await service.Api.WaitForCaseAsync(n, c => c["documents"]!.AsArray().Count == Cap, $"{Cap} documents");
        using (var raw = await service.Api.GetAsync($"api/cases/{n}", "auditor"))
        {
            // The whole staff view, applicant and all, is well below the 16 KB the case's durable status may hold.
            Assert.True((await raw.Content.ReadAsByteArrayAsync()).Length < 12 * 1024);
        }
        Assert.Equal("Open", (string?)view["status"]);
        await service.Api.SignalAsync(n, "scanning-completed", "intake");
        await service.Api.WaitForStageAsync(n, "DocumentReview");
    }
}
