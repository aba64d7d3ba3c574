using System.Text.Json;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Service.Tests.Console;

public sealed class WhoAmIHandlerTests
{
    private const string SeniorKey = "senior-key-0000000000001";
    private const string ScannerKey = "scanner-key-000000000002";

    private static readonly ApiKeyCallerResolver Resolver = new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Auth:ApiKeys:0:Key"] = SeniorKey, ["Auth:ApiKeys:0:StaffId"] = "senior-1", ["Auth:ApiKeys:0:Roles:0"] = "supervisor", ["Auth:ApiKeys:0:Roles:1"] = "records",
        ["Auth:ApiKeys:1:Key"] = ScannerKey, ["Auth:ApiKeys:1:StaffId"] = "station-1", ["Auth:ApiKeys:1:Roles:0"] = "scanner",
    }).Build());

    [Fact]
    public async Task Staff_learn_their_id_and_roles()
    {
        var (status, json) = await CallAsync(SeniorKey);

        Assert.Equal(200, status);
        Assert.Equal("senior-1", json.GetProperty("staffId").GetString());
        Assert.Equal(["records", "supervisor"], json.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Without_credentials_the_answer_says_how_this_host_signs_staff_in()
    {
        var (status, json) = await CallAsync(null);

        Assert.Equal(401, status);
        Assert.Equal("api-key", json.GetProperty("signIn").GetString());
    }

    [Fact]
    public async Task A_scanning_station_is_not_staff() => Assert.Equal(403, (await CallAsync(ScannerKey)).Status);

    private static async Task<(int Status, JsonElement Json)> CallAsync(string? key)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        if (key is not null)
        {
            context.Request.Headers[ApiKeyCallerResolver.Header] = key;
        }
        using var body = new MemoryStream();
        context.Response.Body = body;
        await new WhoAmIHandler(Resolver).Handle(context.Request).ExecuteAsync(context);
        return (context.Response.StatusCode, JsonDocument.Parse(body.ToArray()).RootElement.Clone());
    }
}
