using System.Text.Json.Nodes;
using System.Text.Json;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>Bad requests get a clear problem (the field, the reason) and change nothing.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class BadInputTests(ServiceFixture service)
{
    [Fact]
    public async Task Malformed_json_is_a_400_problem_naming_the_body()
    {
        using var response = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "intake", "{ \"service\": ");
        var problem = await ApiClient.ExpectAsync(response, 400);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem["errors"]!["body"]);
    }

    [Theory]
    [InlineData("applicant.givenName", null, "applicant", "givenName")]
    [InlineData("receivedOn", "2999-01-01", "receivedOn", null)]
    [InlineData("clearance.category", null, "clearance", "category")]
    [InlineData("payment.amount", null, "payment", "amount")]
    [InlineData("applicant.givenName", "Mar\u202Eia", "applicant", "givenName")]
    [InlineData("applicant.familyName", "Lopez\u0007", "applicant", "familyName")]
    [InlineData("applicant.familyName", "Lopezzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "applicant", "familyName")]
    public async Task A_missing_or_invalid_field_is_named_in_the_problem(string field, string? value, string parent, string? child)
    {
        var body = ApiClient.SampleCase();
        if (child is null)
        {
            body[parent] = value;
        }
        else
        {
            body[parent]!.AsObject()[child] = value;
        }
        using var response = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "intake", body.ToJsonString());
        var problem = await ApiClient.ExpectAsync(response, 400);
        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal(400, (int?)problem["status"]);
        Assert.NotNull(problem["title"]);
        Assert.NotNull(problem["type"]);
    }

    [Theory]
    [InlineData("Tourism")]
    [InlineData(0)]
    [InlineData("1")]
    public async Task An_unknown_enum_value_or_a_number_is_named_in_the_problem(object purpose)
    {
        var body = ApiClient.SampleCase();
        body["clearance"]!["purpose"] = purpose is int n ? JsonValue.Create(n) : JsonValue.Create((string)purpose);
        using var response = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "intake", body.ToJsonString());
        var problem = await ApiClient.ExpectAsync(response, 400);
        Assert.NotNull(problem["errors"]!["clearance.purpose"]);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_by_its_declared_length_before_it_is_read()
    {
        using var http = new HttpClient { BaseAddress = service.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases")
        {
            Content = new ByteArrayContent(new byte[70 * 1024]) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.Add("X-Api-Key", ServerProcess.Keys["intake"]);
        using var response = await http.SendAsync(request);
        Assert.NotNull((await ApiClient.ExpectAsync(response, 400))["errors"]!["body"]);
    }

    [Fact]
    public async Task No_credentials_is_401_and_a_wrong_role_is_403()
    {
        using var anonymous = await service.Api.SendAsync(HttpMethod.Post, "api/cases", null, ApiClient.SampleCase().ToJsonString());
        Assert.Equal(401, (int)anonymous.StatusCode);
        using var cashier = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "cashier", ApiClient.SampleCase().ToJsonString());
        Assert.Equal(403, (int)cashier.StatusCode);
        using var auditor = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "auditor", ApiClient.SampleCase().ToJsonString());
        Assert.Equal(403, (int)auditor.StatusCode);
        using var outbox = await service.Api.GetAsync("api/outbox", "intake");
        Assert.Equal(403, (int)outbox.StatusCode);
        using var unknownKey = await service.Api.SendAsync(HttpMethod.Get, "api/outbox", null, headers: new Dictionary<string, string> { ["X-Api-Key"] = "not-a-key-of-this-server" });
        Assert.Equal(401, (int)unknownKey.StatusCode);
    }

    [Fact]
    public async Task An_unknown_case_is_404()
    {
        using var view = await service.Api.GetAsync("api/cases/CL-2026-ZZZZZZ", "auditor");
        Assert.Equal(404, (int)view.StatusCode);
        using var malformed = await service.Api.GetAsync("api/cases/not-a-case", "auditor");
        Assert.Equal(404, (int)malformed.StatusCode);
        using var signal = await service.Api.SendAsync(HttpMethod.Post, "api/cases/CL-2026-ZZZZZZ/events/scanning-completed", "intake");
        Assert.Equal(404, (int)signal.StatusCode);
    }

    [Fact]
    public async Task An_event_the_stage_does_not_expect_is_409_with_the_expected_events_and_changes_nothing()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var before = await service.Api.WaitForCaseAsync(journey.CaseNumber, c => c["deadline"] is not null, "the case to start");
        using var response = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{journey.CaseNumber}/events/payment-cleared", "cashier");
        var problem = await ApiClient.ExpectAsync(response, 409);
        Assert.Equal("AwaitingScans", (string?)problem["stage"]);
        Assert.Contains(problem["expectedEvents"]!.AsArray(), e => (string?)e == "scanning-completed");
        var after = await service.Api.GetCaseAsync(journey.CaseNumber);
        Assert.Equal((string?)before["updatedAt"], (string?)after["updatedAt"]);
    }

    [Fact]
    public async Task An_event_body_missing_a_field_is_400_naming_it()
    {
        var journey = await CaseJourney.OpenAsync(service);
        await journey.ScanDocumentsAsync();
        await service.Api.SignalAsync(journey.CaseNumber, "scanning-completed", "intake");
        await service.Api.WaitForStageAsync(journey.CaseNumber, "DocumentReview");
        using var response = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{journey.CaseNumber}/events/documents-reviewed", "intake",
            JsonSerializer.Serialize(new { verdicts = new[] { new { documentId = "doc-unknown", accepted = false } } }));
        var problem = await ApiClient.ExpectAsync(response, 400);
        Assert.NotNull(problem["errors"]!["residencyConfirmed"]);
        Assert.NotNull(problem["errors"]!["verdicts[0].reason"]);
        var after = await service.Api.GetCaseAsync(journey.CaseNumber);
        Assert.Equal("DocumentReview", (string?)after["stage"]);
    }

    [Fact]
    public async Task An_event_for_a_closed_case_is_409()
    {
        var journey = await CaseJourney.OpenAsync(service);
        await journey.ScanDocumentsAsync();
        await journey.CompleteReviewAsync();
        await journey.PayAndCheckRecordsAsync();
        await service.Api.SignalAsync(journey.CaseNumber, "letter-approved", "supervisor");
        var mailing = await service.Api.WaitForStageAsync(journey.CaseNumber, "AwaitingMailing");
        var itemId = (string)mailing["correspondence"]!.AsArray()[0]!["itemId"]!;
        await service.Api.SignalAsync(journey.CaseNumber, "correspondence-mailed", "mailroom", new { itemId });
        await service.Api.WaitForStageAsync(journey.CaseNumber, "Closed");
        using var response = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{journey.CaseNumber}/events/scanning-completed", "intake");
        var problem = await ApiClient.ExpectAsync(response, 409);
        Assert.Contains("closed", (string?)problem["detail"], StringComparison.OrdinalIgnoreCase);
    }
}
