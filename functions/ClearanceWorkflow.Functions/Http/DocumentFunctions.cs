using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Http;

/// <summary>Scanned documents, rendered correspondence and the mailroom's outbox.</summary>
public sealed class DocumentFunctions(CaseQueryHandlers queries, OutboxHandler outbox)
{
    /// <summary><c>GET /api/cases/{caseNumber}/documents</c>.</summary>
    [Function(nameof(ApiRoutes.ListDocuments))]
    public Task<IActionResult> ListDocuments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{caseNumber}/documents")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseNumber) =>
        HttpResultAction.From(queries.ListDocumentsAsync(request, client, caseNumber));

    /// <summary><c>GET /api/cases/{caseNumber}/documents/{documentId}</c>.</summary>
    [Function(nameof(ApiRoutes.GetDocument))]
    public Task<IActionResult> GetDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{caseNumber}/documents/{documentId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseNumber,
        string documentId) =>
        HttpResultAction.From(queries.GetDocumentAsync(request, client, caseNumber, documentId));

    /// <summary><c>GET /api/cases/{caseNumber}/correspondence/{itemId}</c>.</summary>
    [Function(nameof(ApiRoutes.GetCorrespondence))]
    public Task<IActionResult> GetCorrespondence(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{caseNumber}/correspondence/{itemId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseNumber,
        string itemId) =>
        HttpResultAction.From(queries.GetCorrespondenceAsync(request, client, caseNumber, itemId));

    /// <summary><c>GET /api/outbox</c>.</summary>
    [Function(nameof(ApiRoutes.GetOutbox))]
    public Task<IActionResult> GetOutbox(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "outbox")] HttpRequest request) =>
        HttpResultAction.From(outbox.HandleAsync(request));
}
