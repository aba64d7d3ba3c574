using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Http.OpenApi;

/// <summary>A query parameter of a route: its name, whether it is required, its enum (if any) and what it means.</summary>
public sealed record QueryParameter(string Name, bool Required, Type? Enum, string Description);

/// <summary>What the OpenAPI document says of one route beyond what its handler's signature tells.</summary>
/// <param name="Summary">One line, as docs/api.md's route table says it.</param>
/// <param name="Body">The JSON body's type, if the route takes one.</param>
/// <param name="Success">The success status, the answer's type (null: no JSON) and its content type.</param>
/// <param name="Problems">The problem-details answers the route may give.</param>
/// <param name="Query">Its query parameters.</param>
public sealed record RouteDescription(
    string Summary, Type? Body, (int Status, Type? Type, string ContentType) Success, int[] Problems, QueryParameter[] Query)
{
    /// <summary>A JSON answer other than the success and problem details (readiness's 503 carries its checks).</summary>
    public (int Status, Type Type)? Also { get; init; }
}

/// <summary>The routes of <see cref="ApiRoutes"/> as the OpenAPI document describes them (one copy, used by both hosts).</summary>
public static class RouteDescriptions
{
    private const string Json = "application/json";
    private static readonly QueryParameter PageToken = new("continuationToken", false, null, "From the previous page's answer.");

    private static readonly Dictionary<string, RouteDescription> ByName = new(StringComparer.Ordinal)
    {
        [ApiRoutes.OpenCase.Name] = new("Open a case from received mail or an appointment", typeof(OpenCaseRequest),
            (201, typeof(CaseView), Json), [400, 401, 403, 409, 501, 503], []),
        [ApiRoutes.GetCase.Name] = new("The case view (of a sealed case, personal data only for records and supervisors)", null,
            (200, typeof(CaseView), Json), [401, 403, 404, 410, 503], []),
        [ApiRoutes.ListCases.Name] = new("Work queue: open cases filtered, oldest first, paged", null,
            (200, typeof(WorkQueuePage), Json), [400, 401, 403, 503],
            [
                new("service", false, typeof(ServiceKind), "Only cases of this service."),
                new("stage", false, typeof(CaseStage), "Only cases at this stage."),
                new("waitingOn", false, typeof(WaitingOn), "Only cases waiting on this; Appointment is the investigators' queue of return visits."),
                new("through", false, null, "With waitingOn=Appointment: visits up to this instant (default: the end of today in the unit's time zone)."),
                new("pageSize", false, null, "1 to 200, default 50."),
                PageToken,
            ]),
        [ApiRoutes.GetTimeline.Name] = new("Every event of the case, oldest first", null,
            (200, typeof(CaseTimelineAnswer), Json), [401, 403, 404, 410, 503], []),
        [ApiRoutes.PostEvent.Name] = new("Signal a staff event", null,
            (202, typeof(EventAccepted), Json), [400, 401, 403, 404, 409, 503], []),
        [ApiRoutes.ListDocuments.Name] = new("Scanned documents and their review state", null,
            (200, typeof(CaseDocumentsAnswer), Json), [401, 403, 404, 410, 503], []),
        [ApiRoutes.GetDocument.Name] = new("A scanned document's file (PDF, TIFF, JPEG or PNG)", null,
            (200, typeof(Stream), "application/octet-stream"), [401, 403, 404, 410, 503], []),
        [ApiRoutes.GetCorrespondence.Name] = new("A rendered letter, notice or certificate", null,
            (200, typeof(Stream), "application/pdf"), [401, 403, 404, 410, 503], []),
        [ApiRoutes.GetOutbox.Name] = new("Correspondence waiting to be printed and mailed, oldest first", null,
            (200, typeof(OutboxAnswer), Json), [401, 403, 503], []),
        [ApiRoutes.GetPublicStatus.Name] = new("An applicant's status: service, stage in plain words, no personal data", null,
            (200, typeof(PublicStatusAnswer), Json), [404, 429, 503],
            [new("accessCode", true, null, "The access code given to the applicant when the case was opened.")]),
        [ApiRoutes.Verify.Name] = new("Is this letter or certificate genuine", null,
            (200, typeof(VerificationAnswer), Json), [404, 429, 503], []),
        [ApiRoutes.Health.Name] = new("Liveness and the storage and durable backend's readiness", null,
            (200, typeof(HealthAnswer), Json), [503], []),
        [ApiRoutes.HealthLive.Name] = new("Liveness: the process answers (probes nothing)", null,
            (200, typeof(LivenessAnswer), Json), [], []),
        [ApiRoutes.HealthReady.Name] = new("Readiness: storage, the durable backend and the scan backlog; 503 when not ready", null,
            (200, typeof(ReadinessAnswer), Json), [], []) { Also = (503, typeof(ReadinessAnswer)) },
        [ApiRoutes.GetAudit.Name] = new("Who called which staff route, on which case, with what result", null,
            (200, typeof(AuditPage), Json), [400, 401, 403, 503],
            [
                new("caseNumber", false, null, "Only calls naming this case."),
                new("staffId", false, null, "Only calls by this staff member."),
                new("from", false, null, "ISO 8601 instant; default 24 hours ago."),
                new("to", false, null, "ISO 8601 instant, at most 31 days after from; default now."),
                new("pageSize", false, null, "1 to 500, default 100."),
                PageToken,
            ]),
        [ApiRoutes.WhoAmI.Name] = new("Who the caller is: staff id and roles; without credentials, how to sign in", null,
            (200, typeof(WhoAmIAnswer), Json), [401, 403], []),
    };

    /// <summary>The description of <paramref name="route"/>.</summary>
    public static RouteDescription Of(ApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return ByName[route.Name];
    }

    /// <summary>Every route described; a test holds it to <see cref="ApiRoutes.All"/>.</summary>
    public static IReadOnlyCollection<string> Described => ByName.Keys;
}
