using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>A petition to seal and destroy arrest records over HTTP on the real server: sealed, then truly gone.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SealingJourneyTests(ServiceFixture service)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_granted_petition_is_sealed_from_other_staff_and_at_destruction_nothing_personal_is_left_anywhere_in_storage()
    {
        // Texts found in no other test, so a search of the whole account and log finds only this petitioner.
        var family = "Quillfeather" + Guid.NewGuid().ToString("N")[..6];
        const string Born = "1957-11-23";
        var booking = "BK-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        string[] personal = [family, Born, booking];
        var body = Petition(Today.AddYears(-4), Today, booking);
        body["applicant"]!["familyName"] = family;
        body["applicant"]!["dateOfBirth"] = Born;
        var opened = await service.Api.OpenCaseAsync(body);
        var n = (string)opened["caseNumber"]!;
        Assert.StartsWith("SL-", n, StringComparison.Ordinal);

        await service.Scanner.ScanAsync(n, "petition", $"petition-{family}.pdf", ScanStation.Pdf($"Petition of Maria {family}, born {Born}, booking {booking}"));
        await service.Scanner.ScanAsync(n, "selfie", $"{family}.pdf", ScanStation.Pdf($"{family} {booking}"));
        await service.Scanner.ScanAsync(n, "driver-license", $"licence-{family}.pdf", ScanStation.Pdf($"Licence of Maria {family}, born {Born}"));
        await service.Api.WaitForCaseAsync(n, c => c["documents"]!.AsArray().Count == 2, "the petition and an identity document attached");
        await service.Api.SignalAsync(n, "scanning-completed", "intake");
        await service.Api.WaitForStageAsync(n, "AgencyReview");
        await service.Api.SignalAsync(n, "agency-reviewed", "investigator", new { recommendation = "Grant", reason = "Not the person arrested." });
        await service.Api.WaitForStageAsync(n, "ProsecutorConcurrence");
        await service.Api.SignalAsync(n, "prosecutor-responded", "supervisor", new { concurs = true });
        var mailing = await service.Api.WaitForCaseAsync(n, c => (string?)c["stage"] == "AwaitingMailing" && c["correspondence"]!.AsArray().Count == 3, "sealed, letters out");

        var sealedCase = new SealedCase(service, n, personal);
        await sealedCase.AssertOnlyRecordsAndSupervisorSeePersonalDataAsync(mailing, (string)opened["accessCode"]!);
        var outbox = await ApiClientExtensions.GetJsonAsync(service, "api/outbox", "mailroom");
        var listed = outbox["items"]!.AsArray().Where(i => (string?)i!["caseNumber"] == n).ToList();
        Assert.Equal(3, listed.Count);
        Assert.DoesNotContain(personal, t => outbox.ToJsonString().Contains(t, StringComparison.OrdinalIgnoreCase));
        // Records print the letters and hand them over sealed; the mailroom marks each mailed without opening it.
        foreach (var item in listed)
        {
            await service.Api.SignalAsync(n, "correspondence-mailed", "mailroom", new { itemId = (string)item!["itemId"]! });
        }

        await service.Api.WaitForCaseAsync(n, c => (string?)c["stage"] == "AwaitingDestruction" && (string?)c["waitingOn"] == "Staff", "destruction due");
        var queue = await ApiClientExtensions.QueueAsync(service, "stage=AwaitingDestruction&waitingOn=Staff", "records");
        Assert.Contains(queue, i => (string?)i["caseNumber"] == n);
        // The search sees the petitioner while the records exist: the durable backend's tables, the quarantined scan
        // (its metadata), the scanned petition, and the rendered declaration, read as text from the PDF's glyphs.
        var before = await StorageSearch.FindAsync(service.ConnectionString, personal);
        Assert.Contains(before, place => place.StartsWith("table ", StringComparison.Ordinal) && place.EndsWith($"'{family}'", StringComparison.Ordinal));
        Assert.Contains(before, place => place.StartsWith("blob quarantine/", StringComparison.Ordinal));
        Assert.Contains(before, place => place.StartsWith($"blob documents/{n}/", StringComparison.Ordinal) && place.EndsWith($"'{booking}'", StringComparison.Ordinal));
        foreach (var text in personal)
        {
            Assert.Contains(before, place => place.StartsWith($"blob correspondence/{n}", StringComparison.Ordinal) && place.EndsWith($"'{text}'", StringComparison.Ordinal));
        }
        Assert.Contains(await StorageSearch.KeyedByAsync(service.ConnectionString, n), place => place.StartsWith($"blob correspondence/{n}", StringComparison.Ordinal));
        await service.Api.SignalAsync(n, "records-destroyed", "records");

        var tombstone = await Poll.UntilAsync(async () =>
        {
            using var gone = await service.Api.GetAsync($"api/cases/{n}", "auditor");
            return ((int)gone.StatusCode, await gone.Content.ReadAsStringAsync());
        }, r => r.Item1 == 410, "the case to leave its tombstone");
        var remains = JsonNode.Parse(tombstone.Item2)!;
        Assert.Equal(("Destroyed", "test-records"), ((string?)remains["outcome"], (string?)remains["destroyedBy"]));

        var left = await Poll.UntilAsync(() => StorageSearch.FindAsync(service.ConnectionString, personal),
            found => found.Count == 0, "no trace of the petitioner in storage");
        Assert.Empty(left);
        // Nothing keyed by the case is left but its tombstone, which holds no personal data.
        var keyed = await Poll.UntilAsync(() => StorageSearch.KeyedByAsync(service.ConnectionString, n),
            found => found.Count == 1, "nothing keyed by the case but its tombstone");
        Assert.Equal($"table CaseIndex tombstone/{n}: DestroyedAt, DestroyedBy, OpenedAt, Outcome, Service", Assert.Single(keyed));

        // Queues are read whole with no server taking messages; it is started again for the tests after this one.
        await service.Server.StopAsync();
        try
        {
            Assert.Empty(await StorageSearch.FindInQueuesAsync(service.ConnectionString, personal));
        }
        finally
        {
            await service.Server.StartAsync();
        }
        // Everything the server printed since it first started, at its deployed log levels, and all it exported.
        var log = service.Server.WholeOutput();
        Assert.Contains(n, log, StringComparison.Ordinal);
        Assert.DoesNotContain(personal, t => log.Contains(t, StringComparison.OrdinalIgnoreCase));
        Assert.True(service.Telemetry.Contains(n));
        Assert.DoesNotContain(personal, service.Telemetry.Contains);
    }

    [Fact]
    public async Task A_petition_with_no_decision_within_sixty_days_of_receipt_is_deemed_denied_with_the_court_route()
    {
        var created = await service.Api.OpenCaseAsync(Petition(Today.AddYears(-1), Today.AddDays(-62), "7104418"));
        var n = (string)created["caseNumber"]!;

        var mailing = await service.Api.WaitForCaseAsync(n, c => c["correspondence"]!.AsArray().Any(i => (string?)i!["kind"] == "SealingDenialNotice"), "the notice");
        var notice = await new CaseJourney(service, n).ReadCorrespondenceAsync((string)CaseJourney.Item(mailing, "SealingDenialNotice")["itemId"]!);
        Assert.Contains("deemed denied", notice, StringComparison.Ordinal);
        Assert.Contains("Superior Court", notice, StringComparison.Ordinal);
        var closed = await new CaseJourney(service, n).MailEverythingAsync();
        Assert.Equal("DeemedDenied", (string?)closed["outcome"]);
        var status = await ApiClientExtensions.GetJsonAsync(service, $"api/status/{n}?accessCode={(string)created["accessCode"]!}", role: null);
        Assert.Contains("deemed denied", (string?)status["outcome"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expungement", "Los Angeles Superior Court", "213-974-6141")]
    [InlineData("juvenile sealing", "County Clerk's Sealing Clerk", "323-226-8945")]
    [InlineData("a petition after an accusatory pleading", "851.8(c)", "210 West Temple Street")]
    public async Task Requests_that_belong_to_the_court_or_the_county_clerk_are_referred_to_them(string request, string named, string contact)
    {
        JsonObject body;
        if (request == "a petition after an accusatory pleading")
        {
            body = Petition(Today.AddYears(-1), Today, "7104418");
            body["sealing"]!["accusatoryPleadingFiled"] = true;
        }
        else
        {
            body = ApiClient.SampleCase();
            body["clearance"]!["purpose"] = request == "expungement" ? "Expungement" : "JuvenileSealing";
            body["clearance"]!["category"] = null;
            body.Remove("payment");
        }
        var n = (string)(await service.Api.OpenCaseAsync(body))["caseNumber"]!;
        Assert.StartsWith("RF-", n, StringComparison.Ordinal);

        var view = await service.Api.WaitForCaseAsync(n, c => c["correspondence"]!.AsArray().Count == 1, "the referral notice");
        var notice = await new CaseJourney(service, n).ReadCorrespondenceAsync((string)CaseJourney.Item(view, "ReferralNotice")["itemId"]!);
        Assert.Contains(named, notice, StringComparison.Ordinal);
        Assert.Contains(contact, notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_petition_without_a_booking_number_is_a_400_naming_the_field()
    {
        var body = Petition(Today.AddYears(-1), Today, "7104418");
        body["sealing"]!["bookingNumber"] = null;
        using var response = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "intake", body.ToJsonString());
        Assert.NotNull((await ApiClient.ExpectAsync(response, 400))["errors"]!["sealing.bookingNumber"]);
    }

    private static JsonObject Petition(DateOnly arrested, DateOnly receivedOn, string booking)
    {
        var body = ApiClient.SampleCase();
        body["service"] = "ArrestRecordSealing";
        body["receivedOn"] = receivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        body.Remove("clearance");
        body.Remove("payment");
        body["sealing"] = new JsonObject
        {
            ["bookingNumber"] = booking,
            ["arrestDate"] = arrested.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["arrestingAgencies"] = new JsonArray("LAPD", "Los Angeles County Sheriff's Department"),
        };
        return body;
    }
}
