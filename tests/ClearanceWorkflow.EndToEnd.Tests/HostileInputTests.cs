using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>
/// About a thousand generated malformed and adversarial requests across every route and role, as a hostile client would
/// send them: none gets a 5xx, and none that is refused changes anything.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class HostileInputTests(ServiceFixture service)
{
    private static readonly string?[] Roles = [null, "intake", "cashier", "records", "investigator", "supervisor", "mailroom", "auditor", "senior"];

    private static readonly string[] CaseNumbers =
    [
        "CL-2026-ZZZZZZ", "cl-2026-abcdef", "../../etc/passwd", "%2e%2e%2f", "CL-2026-" + new string('A', 300), "💥", "%00", "' OR 1=1 --",
        "CL-2026-ABC%0D%0ASet-Cookie:x", "<script>alert(1)</script>", "CL-2026-ABCDE\u202E", "SL-9999-000000",
    ];

    private static readonly string[] EventTypes =
    [
        "documents-reviewed", "payment-deposited", "payment-cleared", "records-checked", "letter-approved",
        "correspondence-mailed", "letter-revoked", "records-destroyed", "agency-reviewed", "not-an-event", "", "..%2f", "LETTER-APPROVED",
    ];

    private static readonly string?[] Bodies =
    [
        null, "", "{", "[]", "null", "42", "\"text\"", "{\"service\": -1}", "{\"service\": 1e309}", "{\"result\": 7}",
        "{\"result\": \"NoRecord\", \"result\": \"RecordFound\"}", "{\"verdicts\": [{\"documentId\": null, \"accepted\": \"yes\"}]}",
        "{\"itemId\": \"" + new string('x', 5000) + "\"}", new string('[', 5000) + new string(']', 5000),
        "{\"applicant\": {\"givenName\": \"\\u0000\\u202E\", \"dateOfBirth\": \"1988-02-30\"}}", "{\"returnVisitAt\": \"yesterday\"}",
        "{\"service\": \"ClearanceLetter\", \"channel\": \"Mail\", \"receivedOn\": \"0001-01-01\"}", "\uFEFF{}",
        "{\"recommendation\": \"Grant\", \"reason\": " + new string('"', 3) + "}", "{\"concurs\": \"maybe\"}",
    ];

    // The case waits for scanning-completed, which no request here sends: every event posted to it must be refused.
    [Fact]
    public async Task A_thousand_hostile_requests_get_no_5xx_and_the_refused_ones_change_nothing()
    {
        var journey = await CaseJourney.OpenAsync(service);
        await journey.ScanDocumentsAsync();
        var n = journey.CaseNumber;
        var before = await SnapshotAsync(n);
        var random = new Random(8518);
        var failures = new List<string>();
        var opened = 0;

        for (var i = 0; i < 1000; i++)
        {
            var role = Roles[random.Next(Roles.Length)];
            var target = random.Next(3) == 0 ? CaseNumbers[random.Next(CaseNumbers.Length)] : n;
            var body = Bodies[random.Next(Bodies.Length)];
            var (method, path) = random.Next(10) switch
            {
                0 => (HttpMethod.Post, "api/cases"),
                1 or 2 or 3 => (HttpMethod.Post, $"api/cases/{target}/events/{EventTypes[random.Next(EventTypes.Length)]}"),
                4 => (HttpMethod.Get, $"api/cases/{target}"),
                5 => (HttpMethod.Get, $"api/cases/{target}/documents/{CaseNumbers[random.Next(CaseNumbers.Length)]}"),
                6 => (HttpMethod.Get, $"api/cases/{target}/correspondence/{CaseNumbers[random.Next(CaseNumbers.Length)]}"),
                7 => (HttpMethod.Get, $"api/cases?stage={CaseNumbers[random.Next(CaseNumbers.Length)]}&pageSize={random.Next(-5, 500)}&continuationToken={CaseNumbers[random.Next(CaseNumbers.Length)]}"),
                8 => (HttpMethod.Get, $"api/status/{target}?accessCode={CaseNumbers[random.Next(CaseNumbers.Length)]}"),
                _ => (random.Next(2) == 0 ? HttpMethod.Delete : HttpMethod.Put, random.Next(2) == 0 ? $"api/cases/{target}" : "api/audit"),
            };
            using var response = await service.Api.SendAsync(method, path, role, body);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                failures.Add($"{method} {path} as {role ?? "nobody"} with {Describe(body)}: {status} {await response.Content.ReadAsStringAsync()}");
            }
            if (status == 201)
            {
                opened++;
            }
            if (target == n && method == HttpMethod.Post && status is >= 200 and < 300)
            {
                failures.Add($"{path} as {role} with {Describe(body)} was accepted");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(0, opened);
        Assert.Equal(before, await SnapshotAsync(n));
    }

    /// <summary>What staff would notice changing: the case's view and its timeline.</summary>
    private async Task<string> SnapshotAsync(string caseNumber)
    {
        var view = await service.Api.GetCaseAsync(caseNumber);
        view.Remove("expectedEvents");
        var timeline = await ApiClientExtensions.GetJsonAsync(service, $"api/cases/{caseNumber}/timeline", "auditor");
        return view.ToJsonString() + timeline.ToJsonString();
    }

    private static string Describe(string? body) => body is null ? "no body" : body.Length > 60 ? body[..60] + "…" : body;
}
