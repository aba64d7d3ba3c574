using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Service.Identity;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Http;

/// <summary>
/// <c>GET /api/me</c>: the caller's staff id and roles, so a console shows what those roles allow and nothing else.
/// Without credentials, the 401 says how this host signs staff in (<c>signIn</c>: <c>api-key</c> or <c>entra</c>).
/// </summary>
public sealed class WhoAmIHandler(ICallerResolver resolver)
{
    /// <summary>Handles the request.</summary>
    public IResult Handle(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = resolver.Resolve(request);
        if (caller is null)
        {
            return Results.Problem(statusCode: 401, title: "Not signed in", detail: Problems.SignInHint,
                extensions: new Dictionary<string, object?> { ["signIn"] = resolver.SignIn });
        }
        if (!caller.IsStaff)
        {
            return Problems.Forbidden("staff");
        }
        return Results.Json(new WhoAmIAnswer(caller.Id, [.. caller.Roles.Order(StringComparer.Ordinal)], resolver.SignIn), CaseJson.Options);
    }
}
