using System.Globalization;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Configuration;
using ClearanceWorkflow.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ClearanceWorkflow.Service.Http;

/// <summary>
/// <c>GET /api/cases?service=&amp;stage=&amp;waitingOn=&amp;continuationToken=&amp;pageSize=</c>: open cases, oldest first, each
/// flagged due soon or overdue. Answered from the case index; no instance is replayed or scanned. With
/// <c>waitingOn=Appointment</c> it is the investigators' queue: appointments through the end of today in the unit's time zone
/// (or through <c>through</c>), overdue ones included, earliest first.
/// </summary>
public sealed class WorkQueueHandler(Authorization authorization, TableCaseIndex index, IOptions<WorkflowOptions> workflow, TimeProvider clock)
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    /// <summary>Handles the request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, denied) = authorization.ToRead(request, "staff");
        if (denied is not null)
        {
            return denied;
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var service = Parse<ServiceKind>(request, "service", errors);
        var stage = Parse<CaseStage>(request, "stage", errors);
        var waitingOn = Parse<WaitingOn>(request, "waitingOn", errors);
        var pageSize = DefaultPageSize;
        if (request.Query["pageSize"].ToString() is { Length: > 0 } size
            && (!int.TryParse(size, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            errors["pageSize"] = [$"The page size must be a whole number from 1 to {MaxPageSize}."];
        }
        var now = clock.GetUtcNow();
        var through = EndOfToday(now);
        if (request.Query["through"].ToString() is { Length: > 0 } raw
            && !DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out through))
        {
            errors["through"] = ["The end of the appointments queue must be an ISO 8601 instant."];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var token = request.Query["continuationToken"].ToString();
        var (entries, next) = waitingOn == WaitingOn.Appointment
            ? await index.QueryAppointmentsAsync(service, stage, through, token.Length == 0 ? null : token, pageSize, request.HttpContext.RequestAborted)
            : await index.QueryOpenAsync(service, stage, waitingOn, token.Length == 0 ? null : token, pageSize, request.HttpContext.RequestAborted);
        return Results.Json(new WorkQueuePage(
            [.. entries.Select(e => new WorkQueueItem(e.CaseNumber, e.Service, e.Stage, e.WaitingOn, e.OpenedAt, e.StageEnteredAt, e.Deadline, e.AppointmentAt,
                Urgencies.Of(e.StageEnteredAt, e.Deadline, now)))],
            next), CaseJson.Options);
    }

    /// <summary>The last instant of today in the unit's time zone (UTC when the zone is unknown to this machine).</summary>
    private DateTimeOffset EndOfToday(DateTimeOffset now)
    {
        var timeZone = workflow.Value.TimeZone;
        return UnitCalendar.StartOfDay(UnitCalendar.DayOf(now, timeZone).AddDays(1), timeZone).AddTicks(-1);
    }

    private static T? Parse<T>(HttpRequest request, string name, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return null;
        }
        if (Enum.TryParse<T>(raw, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(raw, out _))
        {
            return value;
        }
        errors[name] = [$"'{raw}' is not one of: {string.Join(", ", Enum.GetNames<T>())}."];
        return null;
    }
}
