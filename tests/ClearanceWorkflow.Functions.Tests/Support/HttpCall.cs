using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Functions.Tests.Support;

/// <summary>What an HTTP function answered.</summary>
public sealed record HttpAnswer(int Status, string Body);

/// <summary>Calls an HTTP function's entry point the way the host does: class from the container, route values by name.</summary>
public static class HttpCall
{
    /// <summary>Invokes function <paramref name="functionName"/> and executes its result on a fresh response.</summary>
    public static async Task<HttpAnswer> InvokeAsync(
        IServiceProvider services,
        string functionName,
        IReadOnlyDictionary<string, string> routeValues,
        DurableTaskClient client,
        string? principal = null,
        string? query = null)
    {
        var function = FunctionCatalog.All.Single(f => f.Name == functionName);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Request.Method = function.Trigger.GetProperty("methods")[0].GetString()!.ToUpperInvariant();
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        if (principal is not null)
        {
            context.Request.Headers[Principals.HeaderName] = principal;
            // A staff tool's bearer token, which App Service validated into the principal above.
            context.Request.Headers.Authorization = "Bearer token";
        }
        using var body = new MemoryStream();
        context.Response.Body = body;

        var method = function.Method;
        var arguments = method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(HttpRequest) => context.Request,
            var t when t == typeof(DurableTaskClient) => client,
            var t when t == typeof(string) => (object)routeValues[p.Name!],
            var t => throw new InvalidOperationException($"{functionName} takes a {t.Name}, which HTTP wrappers do not."),
        }).ToArray();
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        var result = await (Task<IActionResult>)method.Invoke(target, arguments)!;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return new HttpAnswer(context.Response.StatusCode, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }
}
