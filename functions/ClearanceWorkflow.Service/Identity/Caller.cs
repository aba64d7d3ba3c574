using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Identity;

/// <summary>Who is calling: a staff id (recorded in timelines) and the caller's roles.</summary>
public sealed record Caller(string Id, IReadOnlySet<string> Roles)
{
    /// <summary>May this caller change things as <paramref name="role"/>? Supervisors may do everything staff may.</summary>
    public bool MayAct(string role) => Roles.Contains(role) || (Roles.Contains(StaffRoles.Supervisor) && role != StaffRoles.Scanner);

    /// <summary>May this caller read what <paramref name="role"/> reads? Auditors read everything.</summary>
    public bool MayRead(string role) => MayAct(role) || Roles.Contains(StaffRoles.Auditor);

    /// <summary>May this caller read staff routes at all?</summary>
    public bool IsStaff => StaffRoles.Staff.Any(Roles.Contains);
}

/// <summary>Finds the caller of a request, the way the host proves identity.</summary>
public interface ICallerResolver
{
    /// <summary>The caller, or null when the request carries no valid credentials.</summary>
    Caller? Resolve(Microsoft.AspNetCore.Http.HttpRequest request);

    /// <summary>How staff sign in on this host, for a console to offer: <c>api-key</c> or <c>entra</c>.</summary>
    string SignIn { get; }
}
