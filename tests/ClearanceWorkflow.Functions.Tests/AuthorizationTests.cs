using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Functions.Tests.Support;
using ClearanceWorkflow.Service.Http;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>
/// Every HTTP function is anonymous to the Functions host, so the handlers must do what <see cref="ApiRoutes"/> says:
/// these call each wrapper with App Service principals and check the answer.
/// </summary>
public sealed class AuthorizationTests
{
    private const string CaseNumber = SamplePayloads.CaseNumber;

    private static readonly Dictionary<string, string> RouteValues = new()
    {
        ["caseNumber"] = CaseNumber,
        ["eventType"] = EventTypes.ScanningCompleted,
        ["documentId"] = "doc-0000000000000000",
        ["itemId"] = "letter-1",
        ["verificationCode"] = "NOT-A-CODE",
    };

    public static TheoryData<string> ProtectedRoutes => [.. ApiRoutes.All.Where(r => r.Access != "public").Select(r => r.Name)];

    public static TheoryData<string> StaffReadRoutes =>
        [.. ApiRoutes.All.Where(r => r.Access == "staff" && r.Template.Contains("{caseNumber}", StringComparison.Ordinal)).Select(r => r.Name)];

    public static TheoryData<string> SingleRoleRoutes => [.. ApiRoutes.All.Where(r => StaffRoles.Staff.Contains(r.Access)).Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task AProtectedRouteAnswers401WithoutAPrincipal(string route) =>
        Assert.Equal(401, (await CallAsync(route, principal: null)).Status);

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task AProtectedRouteAnswers403ToAScanningStation(string route) =>
        Assert.Equal(403, (await CallAsync(route, Principals.Header(StaffRoles.Scanner))).Status);

    [Theory]
    [MemberData(nameof(SingleRoleRoutes))]
    public async Task ARoleRouteAnswers403ToStaffWithoutItsRole(string route)
    {
        var required = ApiRoutes.All.Single(r => r.Name == route).Access;
        var others = StaffRoles.Staff.Where(r => r != required && r != StaffRoles.Supervisor && r != StaffRoles.Auditor).ToArray();
        Assert.Equal(403, (await CallAsync(route, Principals.Header(others))).Status);
    }

    [Fact]
    public async Task OpeningACaseAcceptsIntakeAndThenWantsABody()
    {
        Assert.Equal(StaffRoles.Intake, ApiRoutes.OpenCase.Access);
        Assert.Equal(400, (await CallAsync(ApiRoutes.OpenCase.Name, Principals.Header(StaffRoles.Intake))).Status);
        Assert.Equal(403, (await CallAsync(ApiRoutes.OpenCase.Name, Principals.Header(StaffRoles.Auditor))).Status);
    }

    [Fact]
    public async Task AStaffEventNeedsTheRoleOfItsEventType()
    {
        Assert.Equal(403, (await CallAsync(ApiRoutes.PostEvent.Name, Principals.Header(StaffRoles.Cashier))).Status);
        var client = new FakeDurableTaskClient();
        // Past the role check: the durable client knows no such case, so the route looks for a closed case kept in storage,
        // which this app has none of (503 "storage unavailable").
        Assert.Equal(503, (await CallAsync(ApiRoutes.PostEvent.Name, Principals.Header(StaffRoles.Intake), client)).Status);
        Assert.Equal([CaseNumber], client.Requested);
    }

    [Theory]
    [MemberData(nameof(StaffReadRoutes))]
    public async Task AStaffReadRouteLooksUpTheCaseNamedInItsRouteAndThenItsTombstone(string route)
    {
        var client = new FakeDurableTaskClient();
        // The durable client knows no such case, so the route looks for the tombstone of a purged one in storage, which
        // this app has none of: the honest answer is the 503 "storage unavailable" problem, not a 404.
        Assert.Equal(503, (await CallAsync(route, Principals.Header(StaffRoles.Auditor), client)).Status);
        Assert.Equal([CaseNumber], client.Requested);
    }

    [Theory]
    [InlineData(nameof(ApiRoutes.GetPublicStatus))]
    [InlineData(nameof(ApiRoutes.Verify))]
    public async Task APublicLookupNeedsNoPrincipalAndAnswers404ForAWrongCode(string route)
    {
        Assert.Equal("public", ApiRoutes.All.Single(r => r.Name == route).Access);
        Assert.Equal(404, (await CallAsync(route, principal: null, query: "?accessCode=WRONG-CODE")).Status);
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData("False", 401)]
    [InlineData("True", 503)] // past the sign-in and the role check: these tests have no storage behind the outbox
    public async Task WithoutAppServiceAuthenticationAPrincipalHeaderIsNotTrusted(string? enabled, int expected)
    {
        var settings = TestServices.MinimalSettings.Where(s => s.Key != "WEBSITE_AUTH_ENABLED").ToDictionary();
        settings["WEBSITE_AUTH_ENABLED"] = enabled;
        await using var services = TestServices.Build(settings);

        var answer = await HttpCall.InvokeAsync(services, ApiRoutes.GetOutbox.Name, RouteValues, new FakeDurableTaskClient(),
            Principals.Header(StaffRoles.Mailroom), query: null);

        Assert.Equal(expected, answer.Status);
    }

    private static async Task<HttpAnswer> CallAsync(string route, string? principal, FakeDurableTaskClient? client = null, string? query = null)
    {
        await using var services = TestServices.Build();
        return await HttpCall.InvokeAsync(services, route, RouteValues, client ?? new FakeDurableTaskClient(), principal, query);
    }
}
