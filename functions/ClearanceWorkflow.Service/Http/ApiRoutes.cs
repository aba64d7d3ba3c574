namespace ClearanceWorkflow.Service.Http;

/// <summary>One route of the contract, as both hosts serve it.</summary>
/// <param name="Name">The handler's name (also the Functions function name).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The route under <c>/api</c>.</param>
/// <param name="Access">Who may call it: a role, <c>staff</c>, <c>by-event</c> or <c>public</c>.</param>
public sealed record ApiRoute(string Name, string Method, string Template, string Access);

/// <summary>The routes of the contract served today; both hosts map exactly these.</summary>
public static class ApiRoutes
{
#pragma warning disable CS1591 // The route table below documents each route.
    public static readonly ApiRoute OpenCase = new(nameof(OpenCase), "POST", "cases", "intake");
    public static readonly ApiRoute GetCase = new(nameof(GetCase), "GET", "cases/{caseNumber}", "staff");
    public static readonly ApiRoute ListCases = new(nameof(ListCases), "GET", "cases", "staff");
    public static readonly ApiRoute GetTimeline = new(nameof(GetTimeline), "GET", "cases/{caseNumber}/timeline", "staff");
    public static readonly ApiRoute PostEvent = new(nameof(PostEvent), "POST", "cases/{caseNumber}/events/{eventType}", "by-event");
    public static readonly ApiRoute ListDocuments = new(nameof(ListDocuments), "GET", "cases/{caseNumber}/documents", "staff");
    public static readonly ApiRoute GetDocument = new(nameof(GetDocument), "GET", "cases/{caseNumber}/documents/{documentId}", "staff");
    public static readonly ApiRoute GetCorrespondence = new(nameof(GetCorrespondence), "GET", "cases/{caseNumber}/correspondence/{itemId}", "staff");
    public static readonly ApiRoute GetOutbox = new(nameof(GetOutbox), "GET", "outbox", "mailroom");
    public static readonly ApiRoute GetPublicStatus = new(nameof(GetPublicStatus), "GET", "status/{caseNumber}", "public");
    public static readonly ApiRoute Verify = new(nameof(Verify), "GET", "verify/{verificationCode}", "public");
    public static readonly ApiRoute Health = new(nameof(Health), "GET", "health", "public");
    public static readonly ApiRoute HealthLive = new(nameof(HealthLive), "GET", "health/live", "public");
    public static readonly ApiRoute HealthReady = new(nameof(HealthReady), "GET", "health/ready", "public");
    public static readonly ApiRoute GetAudit = new(nameof(GetAudit), "GET", "audit", "auditor");
    public static readonly ApiRoute WhoAmI = new(nameof(WhoAmI), "GET", "me", "staff");
    public static readonly ApiRoute GetOpenApi = new(nameof(GetOpenApi), "GET", "openapi.json", "public");
#pragma warning restore CS1591

    /// <summary>Every route served.</summary>
    public static readonly IReadOnlyList<ApiRoute> All =
        [OpenCase, ListCases, GetCase, GetTimeline, PostEvent, ListDocuments, GetDocument, GetCorrespondence, GetOutbox, GetPublicStatus, Verify, Health, HealthLive, HealthReady, GetAudit, WhoAmI, GetOpenApi];
}
