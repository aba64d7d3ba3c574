using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Http.OpenApi;
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

    /// <summary><c>GET /api/openapi.json</c>: the contract as OpenAPI 3.1 (the server's document, kept in the repository).</summary>
    [Function(nameof(ApiRoutes.GetOpenApi))]
    public static Task<IActionResult> GetOpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        HttpResultAction.From(Task.FromResult(ContractOpenApi.Committed()));

    /// <summary><c>GET /api/verify/{verificationCode}</c>.</summary>
    [Function(nameof(ApiRoutes.Verify))]
    public Task<IActionResult> Verify(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verify/{verificationCode}")] HttpRequest request,
        string verificationCode) =>
        HttpResultAction.From(handlers.VerifyAsync(request, verificationCode));
}
