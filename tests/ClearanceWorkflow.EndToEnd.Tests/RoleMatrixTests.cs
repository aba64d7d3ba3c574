using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>
/// Every reading route against every role, as docs/api.md's matrix states it: who gets an answer, who a 403, and what
/// of the case view each role sees.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class RoleMatrixTests(ServiceFixture service)
{
    private static readonly string?[] Callers = [null, "intake", "cashier", "records", "investigator", "supervisor", "mailroom", "auditor"];

    // Expected status per caller, in the order of Callers: none, intake, cashier, records, investigator, supervisor, mailroom, auditor.
    private static readonly (string Route, int[] Expected)[] Matrix =
    [
        ("api/cases/{n}", [401, 200, 200, 200, 200, 200, 200, 200]),
        ("api/cases/{n}/timeline", [401, 403, 403, 200, 200, 200, 403, 200]),
        ("api/cases/{n}/documents", [401, 200, 403, 200, 200, 200, 403, 200]),
        ("api/cases/{n}/documents/{documentId}", [401, 200, 403, 200, 200, 200, 403, 200]),
        ("api/cases/{r}/correspondence/{itemId}", [401, 200, 403, 200, 403, 200, 200, 200]),
        ("api/cases?stage=DocumentReview", [401, 200, 200, 200, 200, 200, 200, 200]),
        ("api/outbox", [401, 403, 403, 403, 403, 200, 200, 200]),
        ("api/audit", [401, 403, 403, 403, 403, 403, 403, 200]),
        // Writing routes, with bodies that change nothing: past the role check an empty opening is a 400, and a deposit
        // the case does not expect yet a 409; auditors change nothing.
        ("POST api/cases {}", [401, 400, 403, 403, 403, 400, 403, 403]),
        ("POST api/cases/{n}/events/payment-deposited {\"depositReference\":\"D-1\"}", [401, 403, 409, 403, 403, 409, 403, 403]),
        ("POST api/cases/{n}/events/scanning-completed {}", [401, 409, 403, 403, 403, 409, 403, 403]),
    ];

    [Fact]
    public async Task Every_reading_route_answers_each_role_as_the_matrix_says()
    {
        var (n, documentId, referral, itemId) = await PrepareAsync();
        var failures = new List<string>();
        foreach (var (route, expected) in Matrix)
        {
            var path = route.Replace("{n}", n, StringComparison.Ordinal).Replace("{documentId}", documentId, StringComparison.Ordinal)
                .Replace("{r}", referral, StringComparison.Ordinal).Replace("{itemId}", itemId, StringComparison.Ordinal);
            var (method, target, body) = path.StartsWith("POST ", StringComparison.Ordinal)
                ? (HttpMethod.Post, path[5..].Split(' ', 2)[0], path[5..].Split(' ', 2)[1])
                : (HttpMethod.Get, path, null);
            for (var i = 0; i < Callers.Length; i++)
            {
                using var response = await service.Api.SendAsync(method, target, Callers[i], body);
                if ((int)response.StatusCode != expected[i])
                {
                    failures.Add($"{route} as {Callers[i] ?? "nobody"}: {(int)response.StatusCode}, expected {expected[i]}");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Each_role_sees_of_a_case_what_its_work_needs()
    {
        var (n, _, _, _) = await PrepareAsync();
        var views = new Dictionary<string, JsonObject>();
        foreach (var role in Callers.OfType<string>())
        {
            views[role] = await ApiClientExtensions.GetJsonAsync(service, $"api/cases/{n}", role);
        }

        // The mailroom: the name and the address, nothing else of the person.
        Assert.Equal("Lopez", (string?)views["mailroom"]["applicant"]!["familyName"]);
        Assert.NotNull(views["mailroom"]["applicant"]!["address"]);
        Assert.Null(views["mailroom"]["applicant"]!["dateOfBirth"]);
        Assert.Null(views["mailroom"]["payment"]!["number"]);
        Assert.Empty(views["mailroom"]["documents"]!.AsArray());
        Assert.Null(views["mailroom"]["clearance"]);
        // The cashier: the payment, not the person.
        Assert.Equal("MO-5531", (string?)views["cashier"]["payment"]!["number"]);
        Assert.Null(views["cashier"]["applicant"]);
        Assert.Empty(views["cashier"]["documents"]!.AsArray());
        // Intake and records: the documents; the date of birth for the identity check.
        foreach (var role in new[] { "intake", "records", "investigator" })
        {
            Assert.Equal(2, views[role]["documents"]!.AsArray().Count);
            Assert.Equal("1988-03-14", (string?)views[role]["applicant"]!["dateOfBirth"]);
            Assert.Null(views[role]["payment"]!["number"]);
        }
        // The access code: intake and supervisors only.
        Assert.Equal(["intake", "supervisor"], views.Where(v => v.Value["accessCode"] is not null).Select(v => v.Key).Order());
        // Auditors: everything else.
        Assert.Equal("MO-5531", (string?)views["auditor"]["payment"]!["number"]);
        Assert.Equal("1988-03-14", (string?)views["auditor"]["applicant"]!["dateOfBirth"]);
        // Every role sees where the case stands.
        Assert.All(views.Values, v => Assert.Equal("DocumentReview", (string?)v["stage"]));
    }

    /// <summary>A clearance case with two documents, waiting for review, and a referral with a notice in the outbox.</summary>
    private async Task<(string Case, string DocumentId, string Referral, string ItemId)> PrepareAsync()
    {
        var journey = await CaseJourney.OpenAsync(service);
        await journey.ScanDocumentsAsync();
        await service.Api.SignalAsync(journey.CaseNumber, "scanning-completed", "intake");
        var view = await service.Api.WaitForStageAsync(journey.CaseNumber, "DocumentReview");
        var body = ApiClient.SampleCase();
        body["clearance"]!["purpose"] = "Employment";
        body["clearance"]!["category"] = null;
        var referral = (string)(await service.Api.OpenCaseAsync(body))["caseNumber"]!;
        var notices = await service.Api.WaitForCaseAsync(referral, c => c["correspondence"]!.AsArray().Count == 2, "two notices");
        return (journey.CaseNumber, (string)view["documents"]![0]!["documentId"]!, referral, (string)notices["correspondence"]![0]!["itemId"]!);
    }
}
