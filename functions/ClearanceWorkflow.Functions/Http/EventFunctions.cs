using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Http;

/// <summary>Staff events: <c>POST /api/cases/{caseNumber}/events/{eventType}</c>.</summary>
public sealed class EventFunctions(CaseEventHandler events)
{
    /// <summary>Delivers one staff event to its case.</summary>
    [Function(nameof(ApiRoutes.PostEvent))]
    public Task<IActionResult> PostEvent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases/{caseNumber}/events/{eventType}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseNumber,
        string eventType) =>
        HttpResultAction.From(events.HandleAsync(request, client, caseNumber, eventType));
}
