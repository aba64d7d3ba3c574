using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Http;

/// <summary>The public routes: the applicant's status lookup and letter verification (rate-limited in the handlers).</summary>
public sealed class PublicFunctions(PublicHandlers handlers)
{
    /// <summary><c>GET /api/status/{caseNumber}?accessCode=</c>.</summary>
    [Function(nameof(ApiRoutes.GetPublicStatus))]
    public Task<IActionResult> GetPublicStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "status/{caseNumber}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseNumber) =>
        HttpResultAction.From(handlers.GetStatusAsync(request, client, caseNumber));

    /// <summary><c>GET /api/verify/{verificationCode}</c>.</summary>
    [Function(nameof(ApiRoutes.Verify))]
    public Task<IActionResult> Verify(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verify/{verificationCode}")] HttpRequest request,
        string verificationCode) =>
        HttpResultAction.From(handlers.VerifyAsync(request, verificationCode));
}
