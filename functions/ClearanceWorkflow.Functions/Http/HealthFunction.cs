using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Http;

/// <summary><c>GET /api/health</c>: liveness and whether storage and the durable backend answer.</summary>
public sealed class HealthFunction(HealthHandler health)
{
    /// <summary>Probes storage and the task hub.</summary>
    [Function(nameof(ApiRoutes.Health))]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        HttpResultAction.From(health.HandleAsync(request, client));
}
