using System.Text.Json;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>A supervisor revokes an issued letter; from then on it verifies as revoked.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class RevocationTests(ServiceFixture service)
{
    [Fact]
    public async Task A_revoked_letter_verifies_as_revoked_and_the_revocation_is_in_the_timeline_once()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ScanDocumentsAsync();
        await journey.CompleteReviewAsync();
        var approval = await journey.PayAndCheckRecordsAsync();
        var code = (string)CaseJourney.Item(approval, "ClearanceLetter")["verificationCode"]!;

        var body = JsonSerializer.Serialize(new { eventId = "revoke-1", verificationCode = code, reason = "issued on a forged licence" });
        using (var early = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/letter-revoked", "supervisor", body))
        {
            await ApiClient.ExpectAsync(early, 409);
        }
        await service.Api.SignalAsync(n, "letter-approved", "supervisor");
        await service.Api.WaitForStageAsync(n, "AwaitingMailing");
        await journey.MailEverythingAsync();

        using (var intake = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/letter-revoked", "intake", body))
        {
            Assert.Equal(403, (int)intake.StatusCode);
        }
        // Right after closing, the case may still be writing its last timeline entries (409 "still closing").
        await Poll.UntilAsync(async () =>
        {
            using var revoke = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/letter-revoked", "supervisor", body);
            return (int)revoke.StatusCode;
        }, status => status == 202, "the revocation to be accepted");
        using (var wrongCode = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/letter-revoked", "supervisor",
            JsonSerializer.Serialize(new { verificationCode = "AAAA-BBBB-CCCC", reason = "x" })))
        {
            var problem = await ApiClient.ExpectAsync(wrongCode, 400);
            Assert.NotNull(problem["errors"]!["verificationCode"]);
        }
        using (var again = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/letter-revoked", "supervisor", body))
        {
            await ApiClient.ExpectAsync(again, 202);
        }

        var verified = await ApiClientExtensions.GetJsonAsync(service, $"api/verify/{code}", role: null);
        Assert.Equal("Revoked", (string?)verified["status"]);
        Assert.NotNull(verified["revokedOn"]);
        var timeline = await ApiClientExtensions.GetJsonAsync(service, $"api/cases/{n}/timeline", "auditor");
        var revoked = timeline["entries"]!.AsArray().Where(e => (string?)e!["what"] == "LetterRevoked").ToList();
        Assert.Single(revoked);
        Assert.Equal("test-supervisor", (string?)revoked[0]!["who"]);
        Assert.Equal("LetterRevoked", (string?)timeline["entries"]!.AsArray()[^1]!["what"]);
    }
}
