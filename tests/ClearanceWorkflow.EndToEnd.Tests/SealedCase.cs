using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>What each role reads of a sealed case over HTTP: personal data for records staff and supervisors only.</summary>
public sealed class SealedCase(ServiceFixture service, string caseNumber, IReadOnlyList<string> personal)
{
    /// <summary>The roles that see only the number, the stage and the dates of a sealed case.</summary>
    public static readonly IReadOnlyList<string> OtherStaff = ["intake", "cashier", "investigator", "mailroom", "auditor"];

    /// <summary>
    /// Every other staff role gets the number, stage and dates, and 403 for the timeline, documents and letters; records
    /// and supervisor get the petitioner, the petition, the timeline, the files and the letters; the public status stage words.
    /// </summary>
    public async Task AssertOnlyRecordsAndSupervisorSeePersonalDataAsync(JsonObject view, string accessCode)
    {
        ArgumentNullException.ThrowIfNull(view);
        var items = view["correspondence"]!.AsArray().Select(i => (string)i!["itemId"]!).ToList();
        var documentId = (string)(await ApiClientExtensions.GetJsonAsync(service, $"api/cases/{caseNumber}", "records"))["documents"]![0]!["documentId"]!;
        string[] parts = ["timeline", "documents", $"documents/{documentId}", .. items.Select(i => $"correspondence/{i}")];

        foreach (var role in OtherStaff)
        {
            var seen = await ApiClientExtensions.GetJsonAsync(service, $"api/cases/{caseNumber}", role);
            Assert.True(seen["sealed"]!.GetValue<bool>());
            Assert.Equal((caseNumber, "AwaitingMailing"), ((string?)seen["caseNumber"], (string?)seen["stage"]));
            Assert.NotNull(seen["openedAt"]);
            Assert.All(new[] { "applicant", "sealing", "accessCode" }, field => Assert.Null(seen[field]));
            Assert.Empty(seen["documents"]!.AsArray());
            AssertNothingPersonal(role, "the case view", seen.ToJsonString());
            foreach (var part in parts)
            {
                using var refused = await service.Api.GetAsync($"api/cases/{caseNumber}/{part}", role);
                Assert.True(403 == (int)refused.StatusCode, $"{role} read {part} of a sealed case: {(int)refused.StatusCode}");
                AssertNothingPersonal(role, part, await refused.Content.ReadAsStringAsync());
            }
        }

        foreach (var role in new[] { "records", "supervisor" })
        {
            var seen = await ApiClientExtensions.GetJsonAsync(service, $"api/cases/{caseNumber}", role);
            Assert.Equal((personal[0], personal[1]), ((string?)seen["applicant"]!["familyName"], (string?)seen["applicant"]!["dateOfBirth"]));
            Assert.Equal(personal[2], (string?)seen["sealing"]!["bookingNumber"]);
            foreach (var part in parts)
            {
                using var read = await service.Api.GetAsync($"api/cases/{caseNumber}/{part}", role);
                Assert.True(200 == (int)read.StatusCode, $"{role} could not read {part} of a sealed case: {(int)read.StatusCode}");
            }
            using var letter = await service.Api.GetAsync($"api/cases/{caseNumber}/correspondence/{items[0]}", role);
            Assert.Contains(personal[0], StorageSearch.Text(await letter.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }

        var status = await ApiClientExtensions.GetJsonAsync(service, $"api/status/{caseNumber}?accessCode={accessCode}", role: null);
        Assert.False(string.IsNullOrWhiteSpace((string?)status["stageDescription"]));
        Assert.Empty(status.Select(p => p.Key).Except(
            ["caseNumber", "service", "status", "stage", "stageDescription", "waitingFor", "outcome", "returnVisitAt", "updatedAt"]));
        AssertNothingPersonal("the public", "the status", status.ToJsonString());
    }

    private void AssertNothingPersonal(string who, string what, string answer)
    {
        foreach (var text in personal)
        {
            Assert.False(answer.Contains(text, StringComparison.OrdinalIgnoreCase), $"{who} read '{text}' in {what} of a sealed case");
        }
    }
}
