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
