using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>What the server exports over OTLP: the case's work is traced, counted and logged, and no personal data leaves.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class TelemetryTests(ServiceFixture service)
{
    [Fact]
    public async Task A_whole_case_is_exported_without_the_applicants_name_birth_date_address_or_access_code()
    {
        var body = ApiClient.SampleCase();
        body["applicant"]!["givenName"] = "Zephyrine";
        body["applicant"]!["familyName"] = "Quillfeather";
        body["applicant"]!["dateOfBirth"] = "1977-07-07";
        body["applicant"]!["address"]!["line1"] = "4242 Telemetry Lane";
        var opened = await service.Api.OpenCaseAsync(body);
        var journey = new CaseJourney(service, (string)opened["caseNumber"]!);
        await journey.ScanDocumentsAsync();
        await journey.CompleteReviewAsync();
        await journey.PayAndCheckRecordsAsync();
        await service.Api.SignalAsync(journey.CaseNumber, "letter-approved", "supervisor");
        await service.Api.WaitForStageAsync(journey.CaseNumber, "AwaitingMailing");
        await journey.MailEverythingAsync();
        // The public status, whose access code travels in the query string.
        var accessCode = (string)opened["accessCode"]!;
        using (var status = await service.Api.GetAsync($"api/status/{journey.CaseNumber}?accessCode={accessCode}", role: null))
        {
            Assert.Equal(200, (int)status.StatusCode);
        }

        // A second case left at the supervisor's decision past its (two-second) service target: counted overdue.
        var late = await CaseJourney.OpenAsync(service);
        await late.ToSupervisorDecisionAsync();
        await service.Api.WaitForCaseAsync(late.CaseNumber, c => (bool?)c["overdue"] == true, "the case flagged overdue");

        // Exported: the requests and the durable work traced, the case counted, the logs.
        var telemetry = service.Telemetry;
        string[] expected = [journey.CaseNumber, "clearance.cases.opened", "clearance.cases.closed", "clearance.scans.ingested", "clearance.stage.duration", "clearance.cases.overdue", "clearance.event.to_view", "orchestration:", "opened by"];
        var missing = await Poll.UntilAsync(() => Task.FromResult(string.Join(", ", expected.Where(e => !telemetry.Contains(e)))),
            left => left.Length == 0, "the case's traces, metrics and logs (received: " +
                string.Join(", ", telemetry.Exports.GroupBy(e => e.Signal).Select(g => $"{g.Key} x{g.Count()}")) + ")");
        Assert.Equal("", missing);
        Assert.Contains(telemetry.Exports, e => e.Signal == "traces");
        Assert.Contains(telemetry.Exports, e => e.Signal == "metrics");
        Assert.Contains(telemetry.Exports, e => e.Signal == "logs");

        // Searched over everything the server exported since it started, this case's and every other test's.
        foreach (var personal in new[] { "Zephyrine", "Quillfeather", "1977-07-07", "4242 Telemetry Lane", accessCode, "Maria", "Lopez", "1988-03-14", "200 N Spring St" })
        {
            Assert.False(telemetry.Contains(personal), $"the exported telemetry holds '{personal}'");
        }
    }
}
