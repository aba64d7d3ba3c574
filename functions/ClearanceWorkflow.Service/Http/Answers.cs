using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Audit;

namespace ClearanceWorkflow.Service.Http;

// The JSON answers of the contract, by name, so the OpenAPI document describes each one (docs/api.md says what they mean).
#pragma warning disable CS1591 // Each record's name and docs/api.md describe it; the members are the contract's fields.

/// <summary>202 to a staff event: the event was accepted (once, by its <c>eventId</c>).</summary>
public sealed record EventAccepted(string CaseNumber, string EventType, string EventId);

/// <summary><c>GET /api/cases/{caseNumber}/timeline</c>.</summary>
public sealed record CaseTimelineAnswer(string CaseNumber, IReadOnlyList<TimelineEntry> Entries);

/// <summary><c>GET /api/cases/{caseNumber}/documents</c>.</summary>
public sealed record CaseDocumentsAnswer(string CaseNumber, IReadOnlyList<CaseDocument> Documents);

/// <summary><c>GET /api/me</c>.</summary>
public sealed record WhoAmIAnswer(string StaffId, IReadOnlyList<string> Roles, string SignIn);

/// <summary><c>GET /api/audit</c>: a page of records, oldest first.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, string? ContinuationToken);

/// <summary><c>GET /api/outbox</c>.</summary>
public sealed record OutboxAnswer(IReadOnlyList<OutboxAnswerItem> Items);

/// <summary>One item waiting to be printed and mailed, with where to download it.</summary>
public sealed record OutboxAnswerItem(string CaseNumber, string ItemId, CorrespondenceKind Kind, DateTimeOffset QueuedAt, string Download);

/// <summary><c>GET /api/cases</c>: a page of a work queue.</summary>
public sealed record WorkQueuePage(IReadOnlyList<WorkQueueItem> Items, string? ContinuationToken);

/// <summary>One open case in a work queue: no personal data.</summary>
public sealed record WorkQueueItem(
    string CaseNumber, ServiceKind Service, CaseStage Stage, WaitingOn WaitingOn, DateTimeOffset OpenedAt,
    DateTimeOffset StageEnteredAt, DateTimeOffset? Deadline, DateTimeOffset? AppointmentAt, Urgency Urgency);

/// <summary><c>GET /api/status/{caseNumber}</c>: where a request stands, in plain words, without personal data.</summary>
public sealed record PublicStatusAnswer(
    string CaseNumber, ServiceKind Service, CaseState Status, CaseStage Stage, string StageDescription, string WaitingFor,
    string? Outcome, DateTimeOffset? ReturnVisitAt, DateTimeOffset UpdatedAt);

/// <summary><c>GET /api/verify/{verificationCode}</c>.</summary>
public sealed record VerificationAnswer(
    string VerificationCode, ServiceKind Service, CorrespondenceKind Document, string HolderName, DateOnly IssuedOn,
    string Status, DateOnly? RevokedOn);

/// <summary><c>GET /api/health</c>.</summary>
public sealed record HealthAnswer(string Status, string Storage, string Durable, string StorageCircuit, int PoisonScans);
#pragma warning restore CS1591

/// <summary><c>GET /api/health/live</c>: the process answers.</summary>
/// <param name="Status">Always <c>Healthy</c>: a process that cannot answer gives no answer at all.</param>
public sealed record LivenessAnswer(string Status);

/// <summary><c>GET /api/health/ready</c>: each check of readiness and the overall state.</summary>
/// <param name="Status"><c>Healthy</c>, <c>Degraded</c> (ready, someone should look) or <c>Unhealthy</c> (503).</param>
/// <param name="Checks">Each check: <c>storage</c>, <c>durableBackend</c>, <c>scanBacklog</c>.</param>
/// <param name="PoisonScans">Scans set aside after failing every pass.</param>
/// <param name="PendingScans">Scans waiting in <c>scans</c> (counted up to 500).</param>
public sealed record ReadinessAnswer(string Status, IReadOnlyList<HealthCheckAnswer> Checks, int PoisonScans, int PendingScans);

/// <summary>One check of <see cref="ReadinessAnswer"/>.</summary>
/// <param name="Name">The check.</param>
/// <param name="Status"><c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c>.</param>
/// <param name="Description">What it found, in a line.</param>
public sealed record HealthCheckAnswer(string Name, string Status, string? Description);
