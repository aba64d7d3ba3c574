using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Http;

/// <summary>The health routes: <c>/api/health</c>, liveness and readiness, answered by the shared health checks.</summary>
public sealed class HealthFunction(HealthHandler health)
{
    /// <summary><c>GET /api/health</c>: whether storage and the durable backend answer.</summary>
    [Function(nameof(ApiRoutes.Health))]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        HttpResultAction.From(health.HandleAsync(request, client));

    /// <summary><c>GET /api/health/live</c>: the worker answers; nothing is probed.</summary>
    [Function(nameof(ApiRoutes.HealthLive))]
    public Task<IActionResult> HealthLive(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/live")] HttpRequest request) =>
        HttpResultAction.From(health.LiveAsync(request));

    /// <summary><c>GET /api/health/ready</c>: storage, the durable backend and the scan backlog; 503 when not ready.</summary>
    [Function(nameof(ApiRoutes.HealthReady))]
    public Task<IActionResult> HealthReady(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/ready")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        HttpResultAction.From(health.ReadyAsync(request, client));
}
