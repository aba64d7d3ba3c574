using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using UglyToad.PdfPig;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>A clearance-letter case from mail received to mailed letter, on the real server over Azurite.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ClearanceLetterJourneyTests(ServiceFixture service)
{
    [Fact]
    public async Task A_letter_is_issued_verified_mailed_and_the_case_closed()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ScanDocumentsAsync();
        await journey.CompleteReviewAsync();
        var awaitingApproval = await journey.PayAndCheckRecordsAsync();

        var letter = awaitingApproval["correspondence"]!.AsArray().Single()!;
        Assert.Equal("ClearanceLetter", (string?)letter["kind"]);
        Assert.Equal("AwaitingApproval", (string?)letter["state"]);
        var itemId = (string)letter["itemId"]!;
        var code = (string)letter["verificationCode"]!;

        using (var beforeApproval = await service.Api.GetAsync($"api/verify/{code}", role: null))
        {
            Assert.Equal(404, (int)beforeApproval.StatusCode);
        }
        using (var pdf = await service.Api.GetAsync($"api/cases/{n}/correspondence/{itemId}", "mailroom"))
        {
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Maria Lopez", text, StringComparison.Ordinal);
            Assert.Contains(n, text, StringComparison.Ordinal);
            Assert.Contains(code, text, StringComparison.Ordinal);
            Assert.Contains("no record of arrest", text, StringComparison.Ordinal);
        }

        await service.Api.SignalAsync(n, "letter-approved", "supervisor");
        await service.Api.WaitForStageAsync(n, "AwaitingMailing");
        // The letter that goes out was rendered again at approval, signed with the supervisor's name and title.
        var signed = await new CaseJourney(service, n).ReadCorrespondenceAsync(itemId);
        Assert.Contains($"Approved by {ServerProcess.SignatoryName}", signed, StringComparison.Ordinal);
        Assert.Contains(ServerProcess.SignatoryTitle, signed, StringComparison.Ordinal);
        Assert.Contains(code, signed, StringComparison.Ordinal);
        var outbox = await ApiClientExtensions.GetJsonAsync(service, "api/outbox", "mailroom");
        Assert.Contains(outbox["items"]!.AsArray(), i => (string?)i!["caseNumber"] == n && (string?)i["itemId"] == itemId);

        var verified = await ApiClientExtensions.GetJsonAsync(service, $"api/verify/{code}", role: null);
        Assert.Equal("Valid", (string?)verified["status"]);
        Assert.Equal("Maria Lopez", (string?)verified["holderName"]);
        Assert.Equal("ClearanceLetter", (string?)verified["service"]);

        await service.Api.SignalAsync(n, "correspondence-mailed", "mailroom", new { itemId });
        var closed = await service.Api.WaitForStageAsync(n, "Closed");
        Assert.Equal("Closed", (string?)closed["status"]);
        Assert.Equal("Issued", (string?)closed["outcome"]);
        Assert.Equal("Cleared", (string?)closed["payment"]!["state"]);

        var outboxAfter = await ApiClientExtensions.GetJsonAsync(service, "api/outbox", "mailroom");
        Assert.DoesNotContain(outboxAfter["items"]!.AsArray(), i => (string?)i!["caseNumber"] == n);

        // The timeline is written just after the view changes: wait for the closing entry.
        var timeline = await Poll.UntilAsync(() => ApiClientExtensions.GetJsonAsync(service, $"api/cases/{n}/timeline", "auditor"),
            t => t["entries"]!.AsArray().Any(e => (string?)e!["what"] == "CaseClosed"), "the closing entry");
        var what = timeline["entries"]!.AsArray().Select(e => (string)e!["what"]!).ToList();
        Assert.Equal("CaseOpened", what[0]);
        Assert.Equal("CaseClosed", what[^1]);
        Assert.Equal(2, what.Count(w => w == "DocumentScanned"));
        Assert.True(what.IndexOf("PaymentCleared") < what.IndexOf("RecordsChecked"));
        Assert.True(what.IndexOf("LetterApproved") < what.IndexOf("CorrespondenceMailed"));
        Assert.Contains(timeline["entries"]!.AsArray(), e => (string?)e!["what"] == "LetterApproved" && (string?)e["who"] == "test-supervisor");

        var status = await ApiClientExtensions.GetJsonAsync(service, $"api/status/{n}?accessCode={(string)closed["accessCode"]!}", role: null);
        Assert.Equal("Your letter has been issued and mailed.", (string?)status["outcome"]);
        Assert.DoesNotContain("Maria", status.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_waiting_for_staff_finishes_after_the_server_is_killed_and_restarted()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ScanDocumentsAsync();
        await service.Api.SignalAsync(n, "scanning-completed", "intake");
        var review = await service.Api.WaitForStageAsync(n, "DocumentReview");

        await service.Server.KillAsync();
        await service.Server.StartAsync();

        var afterRestart = await service.Api.GetCaseAsync(n);
        Assert.Equal("DocumentReview", (string?)afterRestart["stage"]);
        Assert.Equal(2, afterRestart["documents"]!.AsArray().Count);
        await journey.AcceptAllAsync(review);
        await journey.PayAndCheckRecordsAsync();
        await service.Api.SignalAsync(n, "letter-approved", "supervisor");
        var mailing = await service.Api.WaitForStageAsync(n, "AwaitingMailing");
        var itemId = (string)mailing["correspondence"]!.AsArray().Single()!["itemId"]!;
        await service.Api.SignalAsync(n, "correspondence-mailed", "mailroom", new { itemId });
        var closed = await service.Api.WaitForStageAsync(n, "Closed");
        Assert.Equal("Issued", (string?)closed["outcome"]);
    }
}

/// <summary>Small reading helpers over the fixture's client.</summary>
internal static class ApiClientExtensions
{
    public static async Task<JsonObject> GetJsonAsync(ServiceFixture service, string path, string? role)
    {
        using var response = await service.Api.GetAsync(path, role);
        return await TestSupport.ApiClient.ExpectAsync(response, 200);
    }

    /// <summary>Every item of a work queue, page after page.</summary>
    public static async Task<List<JsonNode>> QueueAsync(ServiceFixture service, string query, string role)
    {
        var items = new List<JsonNode>();
        string? token = null;
        do
        {
            var page = await GetJsonAsync(service, $"api/cases?{query}" + (token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}"), role);
            items.AddRange(page["items"]!.AsArray().Select(i => i!));
            token = (string?)page["continuationToken"];
        }
        while (token is not null);
        return items;
    }
}
