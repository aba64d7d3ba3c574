using System.Text.RegularExpressions;
using ClearanceWorkflow.Functions.Http;
using ClearanceWorkflow.Functions.Tests.Support;
using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Mvc;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>The HTTP functions are the contract's route table, one for one.</summary>
public sealed partial class HttpFunctionTests
{
    private static IReadOnlyList<FunctionEntry> Http => FunctionCatalog.WithTrigger("httpTrigger");

    [Fact]
    public void EveryContractRouteHasExactlyOneFunctionWithItsNameMethodAndRoute()
    {
        foreach (var route in ApiRoutes.All)
        {
            var function = Assert.Single(Http, f => f.Name == route.Name);
            Assert.Equal([route.Method], Methods(function));
            Assert.Equal(route.Template, function.Trigger.GetProperty("route").GetString());
        }
    }

    [Fact]
    public void ThereAreNoHttpFunctionsBeyondTheContractAndTheConsolesFiles() =>
        Assert.Equal(ApiRoutes.All.Select(r => r.Name).Append(ConsoleFunctions.AssetFunction).Order(StringComparer.Ordinal), Http.Select(f => f.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void TheConsoleIsServedUnderTheAppsRoutePrefix()
    {
        var console = Assert.Single(Http, f => f.Name == ConsoleFunctions.AssetFunction);
        Assert.Equal(["GET"], Methods(console));
        Assert.Equal("console/{*path}", console.Trigger.GetProperty("route").GetString());
    }

    [Fact]
    public void EveryHttpFunctionIsAnonymousAtTheFunctionsLevel()
    {
        // App Service authentication and the handlers' role checks decide; a function key would lock out the public routes.
        Assert.All(Http, f => Assert.Equal("Anonymous", f.Trigger.GetProperty("authLevel").GetString()));
    }

    [Fact]
    public void EveryHttpFunctionTakesExactlyItsRouteValuesByName()
    {
        foreach (var function in Http)
        {
            var template = function.Trigger.GetProperty("route").GetString()!;
            var routeValues = RouteValue().Matches(template).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
            var stringParameters = function.Method.GetParameters().Where(p => p.ParameterType == typeof(string)).Select(p => p.Name!).Order(StringComparer.Ordinal);
            Assert.Equal(routeValues, stringParameters);
        }
    }

    [Fact]
    public void EveryHttpFunctionAnswersWithAnActionResultOnItsHttpOutput()
    {
        Assert.All(Http, f =>
        {
            Assert.Equal(typeof(Task<IActionResult>), f.Method.ReturnType);
            Assert.Contains(f.Bindings, b => b.GetProperty("name").GetString() == "$return" && b.GetProperty("type").GetString() == "http");
        });
    }

    private static string[] Methods(FunctionEntry function) =>
        function.Trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToArray();

    [GeneratedRegex(@"\{\*?(\w+)\}")]
    private static partial Regex RouteValue();
}
