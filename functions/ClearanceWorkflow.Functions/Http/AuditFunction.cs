using ClearanceWorkflow.Service.Audit;
using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClearanceWorkflow.Functions.Http;

/// <summary><c>GET /api/audit</c>: who called which staff route, for auditors.</summary>
public sealed class AuditFunction(AuditHandler audit)
{
    /// <summary>Queries the audit.</summary>
    [Function(nameof(ApiRoutes.GetAudit))]
    public Task<IActionResult> GetAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit")] HttpRequest request) =>
        HttpResultAction.From(audit.HandleAsync(request));
}
