using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Http;

/// <summary>Opening a case and reading cases: <c>POST /api/cases</c>, the work queue, the case view and its timeline.</summary>
public sealed class CaseFunctions(OpenCaseHandler openCase, CaseQueryHandlers queries, WorkQueueHandler workQueue)
{
    /// <summary><c>POST /api/cases</c>.</summary>
    [Function(nameof(ApiRoutes.OpenCase))]
    public Task<IActionResult> OpenCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        HttpResultAction.From(openCase.HandleAsync(request, client));

    /// <summary><c>GET /api/cases?service=&amp;stage=&amp;waitingOn=&amp;continuationToken=</c>: the work queue.</summary>
    [Function(nameof(ApiRoutes.ListCases))]
    public Task<IActionResult> ListCases(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases")] HttpRequest request) =>
        HttpResultAction.From(workQueue.HandleAsync(request));

    /// <summary><c>GET /api/cases/{caseNumber}</c>.</summary>
    [Function(nameof(ApiRoutes.GetCase))]
    public Task<IActionResult> GetCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{caseNumber}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseNumber) =>
        HttpResultAction.From(queries.GetCaseAsync(request, client, caseNumber));

    /// <summary><c>GET /api/cases/{caseNumber}/timeline</c>.</summary>
    [Function(nameof(ApiRoutes.GetTimeline))]
    public Task<IActionResult> GetTimeline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{caseNumber}/timeline")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseNumber) =>
        HttpResultAction.From(queries.GetTimelineAsync(request, client, caseNumber));
}
