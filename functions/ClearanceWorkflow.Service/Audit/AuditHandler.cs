using System.Globalization;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Audit;

/// <summary>
/// <c>GET /api/audit?caseNumber=&amp;staffId=&amp;from=&amp;to=&amp;pageSize=&amp;continuationToken=</c>: who called which
/// staff route, for auditors only. <c>from</c> and <c>to</c> are ISO 8601 instants (default: the last 24 hours; at most
/// 31 days apart).
/// </summary>
public sealed class AuditHandler(Authorization authorization, AuditLog log, TimeProvider clock)
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 500;
    private static readonly TimeSpan MaxSpan = TimeSpan.FromDays(31);

    /// <summary>Handles the request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, denied) = authorization.ToRead(request, StaffRoles.Auditor);
        if (denied is not null)
        {
            return denied;
        }
        if (!caller!.Roles.Contains(StaffRoles.Auditor))
        {
            return Problems.Forbidden(StaffRoles.Auditor);
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var to = Instant(request, "to", errors) ?? clock.GetUtcNow();
        var from = Instant(request, "from", errors) ?? to - TimeSpan.FromDays(1);
        if (errors.Count == 0 && (from > to || to - from > MaxSpan))
        {
            errors["from"] = ["from must be before to, and at most 31 days before it."];
        }
        var pageSize = DefaultPageSize;
        if (request.Query["pageSize"].ToString() is { Length: > 0 } size && (!int.TryParse(size, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            errors["pageSize"] = [$"The page size must be a whole number from 1 to {MaxPageSize}."];
        }
        var token = request.Query["continuationToken"].ToString();
        if (token.Length > 0 && !AuditLog.IsToken(token))
        {
            errors["continuationToken"] = ["Not a token this service handed out."];
        }
        var caseNumber = request.Query["caseNumber"].ToString();
        if (caseNumber.Length > 0 && !CaseNumber.IsWellFormed(caseNumber))
        {
            errors["caseNumber"] = ["Not a case number."];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var staffId = request.Query["staffId"].ToString();
        var (entries, next) = await log.QueryAsync(new AuditQuery(from, to, caseNumber.Length > 0 ? caseNumber : null,
            staffId.Length > 0 ? staffId : null, pageSize, token.Length > 0 ? token : null), request.HttpContext.RequestAborted);
        return Results.Json(new AuditPage(entries, next), CaseJson.Options);
    }

    private static DateTimeOffset? Instant(HttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }
        errors[name] = ["An ISO 8601 instant, e.g. 2026-11-29T08:00:00Z."];
        return null;
    }
}
