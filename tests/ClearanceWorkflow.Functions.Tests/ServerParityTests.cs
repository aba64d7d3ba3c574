using System.Text.Json;
using ClearanceWorkflow.Functions.Http;
using ClearanceWorkflow.Functions.Tests.Support;
using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Routing;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>The self-hosted server and the Functions app serve the same routes under the same names.</summary>
public sealed class ServerParityTests
{
    [Fact]
    public async Task TheServerMapsExactlyTheContractRoutes()
    {
        var expected = ApiRoutes.All.Select(r => ($"/api/{r.Template}", r.Method, r.Name));
        Assert.Equal(Sorted(expected), Sorted(await ServerRoutesAsync()));
    }

    [Fact]
    public async Task TheFunctionsAppServesTheSameRoutesAsTheServer()
    {
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Settings", "functions.host.json")));
        var prefix = hostJson.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString();
        var functions = FunctionCatalog.WithTrigger("httpTrigger").Where(f => f.Name != ConsoleFunctions.AssetFunction).Select(f => (
            $"/{prefix}/{f.Trigger.GetProperty("route").GetString()}",
            f.Trigger.GetProperty("methods")[0].GetString()!.ToUpperInvariant(),
            f.Name));
        Assert.Equal(Sorted(await ServerRoutesAsync()), Sorted(functions));
    }

    /// <summary>The server's endpoints as <c>MapCaseRoutes</c> builds them, with the services the handlers bind from.</summary>
    private static async Task<List<(string Pattern, string Method, string Name)>> ServerRoutesAsync()
    {
        await using var app = ServerEndpoints.Build();
        // Enumerating the endpoints builds their request delegates, so a parameter the server cannot bind fails here.
        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (
                e.RoutePattern.RawText!,
                e.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods.Single(),
                e.Metadata.GetRequiredMetadata<IEndpointNameMetadata>().EndpointName))
            .ToList();
    }

    private static List<(string, string, string)> Sorted(IEnumerable<(string, string, string)> routes) =>
        routes.OrderBy(r => r.Item3, StringComparer.Ordinal).ToList();
}
