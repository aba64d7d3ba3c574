using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Identity;
using ClearanceWorkflow.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClearanceWorkflow.Service.Audit;

/// <summary>
/// Records every call to a staff route in the <see cref="AuditLog"/> before its answer leaves: both hosts attach it to each
/// request of the contract. A successful answer is not sent unless its record is written (the caller gets a 5xx
/// instead), nor a 304 (it tells that the view held is current); a refusal or a fault whose record cannot be written
/// (storage down) is answered anyway and the gap logged.
/// </summary>
public static class AuditTrail
{
    // How long an answer waits for its record at most; a success that cannot be recorded by then is not sent.
    private static readonly TimeSpan AppendTimeout = TimeSpan.FromSeconds(5);

    // The contract's staff routes; public routes and the console's files are not recorded.
    private static readonly HashSet<string> StaffRoutes = ApiRoutes.All.Where(r => r.Access != "public").Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Arranges for the call to <paramref name="route"/> carried by <paramref name="context"/> to be recorded.</summary>
    public static void Attach(HttpContext context, string route)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!StaffRoutes.Contains(route))
        {
            return;
        }
        context.Response.OnStarting(() => RecordAsync(context, route));
    }

    private static async Task RecordAsync(HttpContext context, string route)
    {
        var services = context.RequestServices;
        var caller = services.GetRequiredService<ICallerResolver>().Resolve(context.Request);
        var entry = new AuditEntry(
            (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow(), caller?.Id, caller?.Roles.Order(StringComparer.Ordinal).ToList() ?? [],
            context.Request.Method, route,
            // The case a route names, or the one it opened (its Location).
            CaseNumberOf(context.Request.Path.Value) ?? CaseNumberOf(context.Response.Headers.Location.ToString()),
            context.Response.StatusCode);
        try
        {
            // Storage known to be down: an error answer goes out at once rather than wait on it (a success cannot happen then).
            if (!TellsOfTheCase(entry.Result) && services.GetService<StorageCircuit>()?.IsOpen == true)
            {
                throw new InvalidOperationException("storage is down");
            }
            using var patience = new CancellationTokenSource(AppendTimeout);
            await services.GetRequiredService<AuditLog>().AppendAsync(entry, patience.Token);
        }
        catch (Exception e) when (!TellsOfTheCase(entry.Result))
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuditTrail))
                .LogError("Audit record of {Route} answered {Result} could not be written: {Error}", route, entry.Result, e.GetBaseException().Message);
        }
    }

    /// <summary>An answer that tells the caller something of what it asked for: a success, or 304 (the view held is current).</summary>
    private static bool TellsOfTheCase(int status) => status is < 300 or StatusCodes.Status304NotModified;

    /// <summary>The case number a path names (<c>/api/cases/{caseNumber}/…</c>), when it is well formed; nothing else of a path is kept.</summary>
    public static string? CaseNumberOf(string? path)
    {
        var segments = path?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments is [_, "cases", var number, ..] && CaseNumber.IsWellFormed(number) ? number : null;
    }
}
