namespace ClearanceWorkflow.Service.Audit;

/// <summary>One call to a staff route, as the audit keeps it: who, in which roles, what, on which case, with what result, when.</summary>
/// <param name="At">When the answer was sent.</param>
/// <param name="StaffId">The caller's staff id; null when the request carried no valid credentials.</param>
/// <param name="Roles">The caller's roles.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Route">The route's name in the contract (e.g. <c>GetCase</c>).</param>
/// <param name="CaseNumber">The case the route names, if any.</param>
/// <param name="Result">The HTTP status answered.</param>
public sealed record AuditEntry(
    DateTimeOffset At, string? StaffId, IReadOnlyList<string> Roles, string Method, string Route, string? CaseNumber, int Result);
