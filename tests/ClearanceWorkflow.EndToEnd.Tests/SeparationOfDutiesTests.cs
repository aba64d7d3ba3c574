using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>
/// Who found something never approves it alone: the clerk who recorded a records check cannot approve the letter, even
/// holding the supervisor's role; and the applicant's status never tells whether a record was found.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SeparationOfDutiesTests(ServiceFixture service)
{
    [Fact]
    public async Task The_clerk_who_recorded_the_records_check_cannot_approve_the_letter_another_supervisor_can()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ToRecordsCheckAsync();
        await service.Api.SignalAsync(n, "records-checked", "senior", new { result = "NoRecord" });
        await service.Api.WaitForStageAsync(n, "LetterApproval");

        using (var refused = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/letter-approved", "senior"))
        {
            var problem = await ApiClient.ExpectAsync(refused, 409);
            Assert.Contains("Separation of duties", (string?)problem["detail"], StringComparison.Ordinal);
        }
        Assert.Equal("LetterApproval", (string?)(await service.Api.GetCaseAsync(n))["stage"]);

        await service.Api.SignalAsync(n, "letter-approved", "supervisor");
        await service.Api.WaitForStageAsync(n, "AwaitingMailing");
    }

    [Fact]
    public async Task The_applicant_reads_one_phrase_from_the_records_check_to_the_approval_record_or_not()
    {
        var found = await CaseJourney.OpenAsync(service);
        await found.ToSupervisorDecisionAsync();
        var clean = await CaseJourney.OpenAsync(service);
        await clean.ToRecordsCheckAsync();
        var checking = await PublicStatusAsync(clean);
        await service.Api.SignalAsync(clean.CaseNumber, "records-checked", "records", new { result = "NoRecord" });
        await service.Api.WaitForStageAsync(clean.CaseNumber, "LetterApproval");

        var withRecord = await PublicStatusAsync(found);
        var approving = await PublicStatusAsync(clean);
        foreach (var status in new[] { checking, withRecord, approving })
        {
            Assert.Equal(("RecordsCheck", "the records unit"), ((string?)status["stage"], (string?)status["waitingFor"]));
            Assert.Equal((string?)checking["stageDescription"], (string?)status["stageDescription"]);
        }
    }

    private async Task<System.Text.Json.Nodes.JsonObject> PublicStatusAsync(CaseJourney journey)
    {
        var code = (string)(await service.Api.GetCaseAsync(journey.CaseNumber))["accessCode"]!;
        return await ApiClientExtensions.GetJsonAsync(service, $"api/status/{journey.CaseNumber}?accessCode={code}", role: null);
    }
}
