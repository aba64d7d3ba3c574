using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Functions.Tests.Support;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Http.OpenApi;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>
/// The OpenAPI document: generated live by the server from its endpoints, kept in the repository for the Functions app,
/// and covering every route, event, answer and field of the contract.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private static readonly Lazy<Task<string>> Live = new(FetchLiveAsync);

    private static string CommittedPath =>
        Path.Combine(ClearanceWorkflow.TestSupport.RepositoryRoot.Path, "functions", "ClearanceWorkflow.Service", "Http", "OpenApi", "openapi.json");

    [Fact]
    public async Task The_document_the_Functions_app_serves_is_the_one_the_server_generates()
    {
        var live = await Live.Value;
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, live);
        }
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(live), JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath))),
            "functions/ClearanceWorkflow.Service/Http/OpenApi/openapi.json differs from the server's document: run the tests with UPDATE_OPENAPI=1 and commit it.");
    }

    [Fact]
    public async Task Every_route_and_every_staff_event_is_an_operation_with_its_answers()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject();
        foreach (var route in ApiRoutes.All.Where(r => r != ApiRoutes.PostEvent && r != ApiRoutes.GetOpenApi))
        {
            var operation = paths[$"/api/{route.Template}"]?[route.Method.ToLowerInvariant()];
            Assert.True(operation is not null, $"{route.Method} /api/{route.Template} is missing");
            var description = RouteDescriptions.Of(route);
            var answers = operation["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
            Assert.Contains(description.Success.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), answers);
            Assert.All(description.Problems, status => Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), answers));
            Assert.Equal(route.Access == "public" ? 0 : 2, operation["security"]?.AsArray().Count ?? 0);
        }
        foreach (var spec in EventCatalog.All)
        {
            var operation = paths[$"/api/cases/{{caseNumber}}/events/{spec.Type}"]?["post"];
            Assert.True(operation is not null, $"the event {spec.Type} is missing");
            Assert.Equal(spec.Role, (string?)operation["security"]![0]!["apiKey"]![0]);
            Assert.Contains("409", operation["responses"]!.AsObject().Select(r => r.Key));
        }
        Assert.DoesNotContain("/api/cases/{caseNumber}/events/{eventType}", paths.Select(p => p.Key));
    }

    [Theory]
    [InlineData(typeof(CaseView))]
    [InlineData(typeof(WorkQueueItem))]
    [InlineData(typeof(PublicStatusAnswer))]
    [InlineData(typeof(VerificationAnswer))]
    [InlineData(typeof(OutboxAnswerItem))]
    [InlineData(typeof(Core.Domain.OpenCaseRequest))]
    public async Task Every_field_of_an_answer_or_body_is_in_its_schema(Type type)
    {
        var schema = (await DocumentAsync())["components"]!["schemas"]![type.Name];
        Assert.True(schema is not null, $"no schema {type.Name}");
        var properties = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            Assert.Contains(JsonNamingPolicy.CamelCase.ConvertName(property.Name), properties);
        }
    }

    [Fact]
    public async Task Every_route_is_described() =>
        Assert.Equal(ApiRoutes.All.Where(r => r != ApiRoutes.GetOpenApi).Select(r => r.Name).Order(StringComparer.Ordinal),
            RouteDescriptions.Described.Order(StringComparer.Ordinal));

    private static async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await Live.Value)!;

    // The server's endpoints as MapCaseRoutes builds them, on a loopback port, asked for the document over HTTP.
    private static async Task<string> FetchLiveAsync()
    {
        await using var app = ServerEndpoints.Build(listen: true);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var response = await http.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        await app.StopAsync();
        return text;
    }
}
