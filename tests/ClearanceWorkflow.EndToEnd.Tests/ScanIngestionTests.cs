using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>Scans written by a station become documents of the right case, or land in quarantine with a reason.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ScanIngestionTests(ServiceFixture service)
{
    [Fact]
    public async Task A_scanned_document_is_downloadable_by_staff_with_its_content_type()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4 };
        await service.Scanner.ScanAsync(journey.CaseNumber, "utility-bill", "bill.png", png);
        var view = await service.Api.WaitForCaseAsync(journey.CaseNumber, c => c["documents"]!.AsArray().Count == 1, "one document");
        var document = view["documents"]!.AsArray()[0]!;
        Assert.Equal("utility-bill", (string?)document["type"]);
        Assert.Equal("Pending", (string?)document["review"]);
        using var file = await service.Api.GetAsync($"api/cases/{journey.CaseNumber}/documents/{(string)document["documentId"]!}", "intake");
        Assert.Equal(200, (int)file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(png, await file.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(await service.Scanner.ListAsync("scans"), b => b.Name.StartsWith(journey.CaseNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scan_with_bad_content_is_quarantined_with_a_reason_and_the_case_is_unchanged()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var before = await service.Api.WaitForCaseAsync(journey.CaseNumber, c => c["deadline"] is not null, "the case to start");
        await service.Scanner.ScanAsync(journey.CaseNumber, "passport", "passport.pdf", "this is not a pdf"u8.ToArray());
        var quarantined = await Poll.UntilAsync(() => service.Scanner.ListAsync("quarantine"),
            blobs => blobs.Any(b => Uri.UnescapeDataString(b.Metadata["originalName"]).StartsWith(journey.CaseNumber, StringComparison.Ordinal)),
            "the bad scan in quarantine");
        var entry = quarantined.Single(b => Uri.UnescapeDataString(b.Metadata["originalName"]).StartsWith(journey.CaseNumber, StringComparison.Ordinal));
        Assert.Contains("not a PDF", entry.Metadata["reason"], StringComparison.Ordinal);
        Assert.DoesNotContain("passport.pdf", entry.Name, StringComparison.Ordinal);
        var after = await service.Api.GetCaseAsync(journey.CaseNumber);
        Assert.Empty(after["documents"]!.AsArray());
        Assert.Equal((string?)before["updatedAt"], (string?)after["updatedAt"]);
    }

    [Theory]
    [InlineData("CL-2026-ZZZZZZ", "passport", "unknown case")]
    [InlineData(null, "selfie", "unknown document type")]
    public async Task A_scan_for_an_unknown_case_or_type_is_quarantined(string? caseNumber, string type, string reason)
    {
        var target = caseNumber ?? (await CaseJourney.OpenAsync(service)).CaseNumber;
        var fileName = $"scan-{Guid.NewGuid():N}.pdf";
        await service.Scanner.ScanAsync(target, type, fileName, ScanStation.Pdf("scan"));
        var quarantined = await Poll.UntilAsync(() => service.Scanner.ListAsync("quarantine"),
            blobs => blobs.Any(b => Uri.UnescapeDataString(b.Metadata["originalName"]).EndsWith(fileName, StringComparison.Ordinal)),
            "the scan in quarantine");
        Assert.Equal(reason, quarantined.Single(b => Uri.UnescapeDataString(b.Metadata["originalName"]).EndsWith(fileName, StringComparison.Ordinal)).Metadata["reason"]);
    }

    [Fact]
    public async Task A_scan_over_20_MiB_is_quarantined_whole()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var large = new byte[(20 * 1024 * 1024) + 1];
        ScanStation.Pdf("large").CopyTo(large, 0);
        await service.Scanner.ScanAsync(journey.CaseNumber, "passport", "large.pdf", large);
        var quarantined = await Poll.UntilAsync(() => service.Scanner.ListAsync("quarantine"),
            blobs => blobs.Any(b => Uri.UnescapeDataString(b.Metadata["originalName"]).StartsWith(journey.CaseNumber, StringComparison.Ordinal)),
            "the large scan in quarantine");
        var entry = quarantined.Single(b => Uri.UnescapeDataString(b.Metadata["originalName"]).StartsWith(journey.CaseNumber, StringComparison.Ordinal));
        Assert.Equal("larger than 20 MiB", entry.Metadata["reason"]);
        Assert.Equal(large.Length, await service.Scanner.LengthAsync("quarantine", entry.Name));
        Assert.Empty((await service.Api.GetCaseAsync(journey.CaseNumber))["documents"]!.AsArray());
    }
}
