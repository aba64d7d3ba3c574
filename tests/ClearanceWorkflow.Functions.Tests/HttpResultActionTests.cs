using System.Text.Json;
using ClearanceWorkflow.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>The adapter between the shared handlers' results and the Functions ASP.NET Core integration.</summary>
public sealed class HttpResultActionTests
{
    [Fact]
    public async Task ItWritesTheHandlersResultToTheResponse()
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;

        var action = await HttpResultAction.From(Task.FromResult(Results.Json(new { caseNumber = "CL-2026-ABCDEF" }, statusCode: 201)));
        await action.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        Assert.Equal(201, context.Response.StatusCode);
        Assert.StartsWith("application/json", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal("""{"caseNumber":"CL-2026-ABCDEF"}""", System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task TheWorkerSerializesNothingOfTheResponseIntoTheInvocationResult()
    {
        // The worker serializes a function's return value by its runtime type after the response is written.
        object action = await HttpResultAction.From(Task.FromResult(Results.Json(new { holderName = "Maria Lopez" })));
        Assert.Equal("{}", JsonSerializer.Serialize(action, action.GetType()));
    }
}
