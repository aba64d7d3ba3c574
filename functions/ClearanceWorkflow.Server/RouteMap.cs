using ClearanceWorkflow.Service.Audit;
using ClearanceWorkflow.Service.Console;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Http.OpenApi;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Server;

/// <summary>Maps every route of <see cref="ApiRoutes"/> to its shared handler.</summary>
public static class RouteMap
{
    /// <summary>Maps the contract under <c>/api</c>.</summary>
    public static void MapCaseRoutes(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        Map(api, ApiRoutes.OpenCase, (HttpRequest r, DurableTaskClient c, OpenCaseHandler h) => h.HandleAsync(r, c));
        Map(api, ApiRoutes.GetCase, (HttpRequest r, DurableTaskClient c, CaseQueryHandlers h, string caseNumber) => h.GetCaseAsync(r, c, caseNumber));
        Map(api, ApiRoutes.ListCases, (HttpRequest r, WorkQueueHandler h) => h.HandleAsync(r));
        Map(api, ApiRoutes.GetTimeline, (HttpRequest r, DurableTaskClient c, CaseQueryHandlers h, string caseNumber) => h.GetTimelineAsync(r, c, caseNumber));
        Map(api, ApiRoutes.PostEvent, (HttpRequest r, DurableTaskClient c, CaseEventHandler h, string caseNumber, string eventType) => h.HandleAsync(r, c, caseNumber, eventType));
        Map(api, ApiRoutes.ListDocuments, (HttpRequest r, DurableTaskClient c, CaseQueryHandlers h, string caseNumber) => h.ListDocumentsAsync(r, c, caseNumber));
        Map(api, ApiRoutes.GetDocument, (HttpRequest r, DurableTaskClient c, CaseQueryHandlers h, string caseNumber, string documentId) => h.GetDocumentAsync(r, c, caseNumber, documentId));
        Map(api, ApiRoutes.GetCorrespondence, (HttpRequest r, DurableTaskClient c, CaseQueryHandlers h, string caseNumber, string itemId) => h.GetCorrespondenceAsync(r, c, caseNumber, itemId));
        Map(api, ApiRoutes.GetOutbox, (HttpRequest r, OutboxHandler h) => h.HandleAsync(r));
        Map(api, ApiRoutes.GetPublicStatus, (HttpRequest r, DurableTaskClient c, PublicHandlers h, string caseNumber) => h.GetStatusAsync(r, c, caseNumber));
        Map(api, ApiRoutes.Verify, (HttpRequest r, PublicHandlers h, string verificationCode) => h.VerifyAsync(r, verificationCode));
        Map(api, ApiRoutes.Health, (HttpRequest r, DurableTaskClient c, HealthHandler h) => h.HandleAsync(r, c));
        Map(api, ApiRoutes.HealthLive, (HttpRequest r, HealthHandler h) => h.LiveAsync(r));
        Map(api, ApiRoutes.HealthReady, (HttpRequest r, DurableTaskClient c, HealthHandler h) => h.ReadyAsync(r, c));
        Map(api, ApiRoutes.GetAudit, (HttpRequest r, AuditHandler h) => h.HandleAsync(r));
        Map(api, ApiRoutes.WhoAmI, (HttpRequest r, WhoAmIHandler h) => h.Handle(r));
        // The document generated live from the endpoints above (the Functions app serves the same document, kept in the repository).
        api.MapOpenApi(ApiRoutes.GetOpenApi.Template).WithName(ApiRoutes.GetOpenApi.Name);
    }

    /// <summary>Maps the staff console and the public pages: <c>/</c> leads to <c>/console/</c>.</summary>
    public static void MapConsole(this IEndpointRouteBuilder app)
    {
        // Not routes of the contract: left out of its OpenAPI document.
        app.MapGet("/", () => Results.Redirect("/console/")).ExcludeFromDescription();
        app.MapGet("/console/{**path}", (string? path) => ConsoleAssets.Serve(path)).ExcludeFromDescription();
    }

    /// <summary>Maps one route, recorded in the audit (<see cref="AuditTrail"/>) before its answer leaves.</summary>
    private static void Map(RouteGroupBuilder api, ApiRoute route, Delegate handler) =>
        api.MapMethods(route.Template, [route.Method], handler).WithName(route.Name).Describe(route).AddEndpointFilter(async (context, next) =>
        {
            AuditTrail.Attach(context.HttpContext, route.Name);
            return await next(context);
        });
}
