using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Service.Health;
using ClearanceWorkflow.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClearanceWorkflow.Service.Http;

/// <summary>
/// The health routes, answered from the ASP.NET Core health checks of <see cref="HealthChecks"/>: <c>/api/health</c>
/// (storage and the durable backend, as the contract has always said), <c>/api/health/live</c> (the process, no
/// dependency) and <c>/api/health/ready</c> (storage, the durable backend and the scan backlog; 503 when not ready).
/// </summary>
public sealed class HealthHandler(HealthCheckService checks, DurableProbeClient durable, StorageCircuit circuit, Documents.PoisonScans poison)
{
    /// <summary><c>GET /api/health</c>.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var report = await RunAsync(client, r => r.Name is HealthChecks.Storage or HealthChecks.DurableBackend, request.HttpContext.RequestAborted);
        var storageUp = report.Entries.TryGetValue(HealthChecks.Storage, out var storage)
            && storage.Data.TryGetValue(StorageHealthCheck.Probe, out var probe) && "Up".Equals(probe);
        var durableUp = report.Entries.TryGetValue(HealthChecks.DurableBackend, out var backend) && backend.Status == HealthStatus.Healthy;
        var healthy = report.Status == HealthStatus.Healthy;
        return Results.Json(new HealthAnswer(
            healthy ? "Healthy" : "Unhealthy", storageUp ? "Up" : "Down", durableUp ? "Up" : "Down", circuit.IsOpen ? "Open" : "Closed", poison.Count),
            CaseJson.Options, statusCode: healthy ? 200 : 503);
    }

    /// <summary><c>GET /api/health/live</c>: answers while the process runs; it probes nothing, so an outage never restarts it.</summary>
    public async Task<IResult> LiveAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = await checks.CheckHealthAsync(r => !r.Tags.Contains(HealthChecks.Ready), request.HttpContext.RequestAborted);
        return Results.Json(new LivenessAnswer(report.Status.ToString()), CaseJson.Options);
    }

    /// <summary><c>GET /api/health/ready</c>: 200 when Healthy or Degraded, 503 when a check fails.</summary>
    public async Task<IResult> ReadyAsync(HttpRequest request, DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var report = await RunAsync(client, r => r.Tags.Contains(HealthChecks.Ready), request.HttpContext.RequestAborted);
        int Count(string key) => report.Entries.TryGetValue(HealthChecks.ScanBacklog, out var backlog) && backlog.Data.TryGetValue(key, out var n) && n is int i ? i : 0;
        var answer = new ReadinessAnswer(report.Status.ToString(),
            [.. report.Entries.Select(e => new HealthCheckAnswer(e.Key, e.Value.Status.ToString(), e.Value.Description))],
            Math.Max(poison.Count, Count(ScanBacklogHealthCheck.PoisonScansKey)), Count(ScanBacklogHealthCheck.PendingScansKey));
        return Results.Json(answer, CaseJson.Options, statusCode: report.Status == HealthStatus.Unhealthy ? 503 : 200);
    }

    private Task<HealthReport> RunAsync(DurableTaskClient client, Func<HealthCheckRegistration, bool> which, CancellationToken cancellationToken)
    {
        durable.Use(client);
        return checks.CheckHealthAsync(which, cancellationToken);
    }
}
