using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>A request for a purpose the unit does not serve becomes a referral, not a silent refusal.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReferralJourneyTests(ServiceFixture service)
{
    [Fact]
    public async Task An_employment_request_is_referred_to_the_state_with_its_payment_returned_and_closes_once_mailed()
    {
        var body = ApiClient.SampleCase();
        body["clearance"]!["purpose"] = "Employment";
        body["clearance"]!["category"] = null;
        var created = await service.Api.OpenCaseAsync(body);
        var n = (string)created["caseNumber"]!;
        Assert.StartsWith("RF-", n, StringComparison.Ordinal);
        Assert.Equal("Referral", (string?)created["service"]);

        var view = await service.Api.WaitForCaseAsync(n, c => c["correspondence"]!.AsArray().Count == 2, "two notices");
        Assert.Equal("AwaitingMailing", (string?)view["stage"]);
        Assert.Equal("Returned", (string?)view["payment"]!["state"]);
        var journey = new CaseJourney(service, n);
        var notice = await journey.ReadCorrespondenceAsync((string)CaseJourney.Item(view, "ReferralNotice")["itemId"]!);
        Assert.Contains("California Department of Justice", notice, StringComparison.Ordinal);
        Assert.Contains("916-227-3822", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Federal Bureau of Investigation", notice, StringComparison.Ordinal);
        var returned = await journey.ReadCorrespondenceAsync((string)CaseJourney.Item(view, "ReturnedPaymentNotice")["itemId"]!);
        Assert.Contains("uncashed", returned, StringComparison.Ordinal);

        var outbox = await ApiClientExtensions.GetJsonAsync(service, "api/outbox", "mailroom");
        Assert.Equal(2, outbox["items"]!.AsArray().Count(i => (string?)i!["caseNumber"] == n));

        var closed = await journey.MailEverythingAsync();
        Assert.Equal("Referred", (string?)closed["outcome"]);
        var status = await ApiClientExtensions.GetJsonAsync(service, $"api/status/{n}?accessCode={(string)created["accessCode"]!}", role: null);
        Assert.Contains("another agency", (string?)status["outcome"], StringComparison.Ordinal);
        }

    [Fact]
    public async Task The_mailroom_can_mark_an_item_mailed_the_moment_the_outbox_lists_it()
    {
        var body = ApiClient.SampleCase();
        body["clearance"]!["purpose"] = "Immigration";
        body["payment"] = null;
        var n = (string)(await service.Api.OpenCaseAsync(body))["caseNumber"]!;

        var outbox = await Poll.UntilAsync(() => ApiClientExtensions.GetJsonAsync(service, "api/outbox", "mailroom"),
            o => o["items"]!.AsArray().Any(i => (string?)i!["caseNumber"] == n), "the referral notice in the outbox", TimeSpan.FromSeconds(30));
        var itemId = (string)outbox["items"]!.AsArray().First(i => (string?)i!["caseNumber"] == n)!["itemId"]!;
        await service.Api.SignalAsync(n, "correspondence-mailed", "mailroom", new { itemId });

        var closed = await service.Api.WaitForStageAsync(n, "Closed");
        Assert.Equal("Referred", (string?)closed["outcome"]);
    }
}
