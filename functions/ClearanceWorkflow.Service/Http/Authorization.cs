using ClearanceWorkflow.Service.Identity;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Http;

/// <summary>The role checks every staff handler starts with.</summary>
public sealed class Authorization(ICallerResolver resolver)
{
    /// <summary>The caller of <paramref name="request"/>, or null without valid credentials.</summary>
    public Caller? Caller(HttpRequest request) => resolver.Resolve(request);

    /// <summary>The caller if they may act as <paramref name="role"/>; otherwise the 401/403 to answer.</summary>
    public (Caller? Caller, IResult? Problem) ToAct(HttpRequest request, string role)
    {
        var caller = resolver.Resolve(request);
        if (caller is null)
        {
            return (null, Problems.Unauthenticated());
        }
        return caller.MayAct(role) ? (caller, null) : (null, Problems.Forbidden(role));
    }

    /// <summary>The caller if they may read what <paramref name="role"/> reads (<c>staff</c>: any staff role).</summary>
    public (Caller? Caller, IResult? Problem) ToRead(HttpRequest request, string role)
    {
        var caller = resolver.Resolve(request);
        if (caller is null)
        {
            return (null, Problems.Unauthenticated());
        }
        var allowed = role == "staff" ? caller.IsStaff : caller.MayRead(role);
        return allowed ? (caller, null) : (null, Problems.Forbidden(role));
    }
}
