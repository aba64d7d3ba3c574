using System.Text.Json;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Http;

/// <summary><c>POST /api/cases/{caseNumber}/events/{eventType}</c>: a staff event, checked and delivered to the case.</summary>
public sealed class CaseEventHandler(Authorization authorization, LetterRevocation revocation, TimeProvider clock)
{
    private const int MaxTextLength = 2000;

    /// <summary>Handles the request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, DurableTaskClient client, string caseNumber, string eventType)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var spec = EventCatalog.Find(eventType);
        if (spec is null)
        {
            return Problems.NotFound($"event type '{eventType}'");
        }
        var (caller, denied) = authorization.ToAct(request, spec.Role);
        if (denied is not null)
        {
            return denied;
        }
        var (json, unreadable) = await RequestBody.ReadAsync(request, required: spec.BodyType is not null);
        if (unreadable is not null)
        {
            return unreadable;
        }
        var (envelope, unbound) = json is { } j ? RequestBody.Bind<EventEnvelope>(j) : (new EventEnvelope(null, null), null);
        if (unbound is not null)
        {
            return unbound;
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (envelope!.EventId is { Length: 0 or > 100 })
        {
            errors["eventId"] = ["The eventId must be 1 to 100 characters."];
        }
        if (envelope.Note is { Length: > MaxTextLength })
        {
            errors["note"] = [$"The note must be at most {MaxTextLength} characters."];
        }
        if (spec.BodyType is not null)
        {
            var bound = RequestBody.Bind(json!.Value, spec.BodyType);
            if (bound.Problem is not null)
            {
                return bound.Problem;
            }
            foreach (var (field, message) in spec.Validate!(bound.Value!))
            {
                errors[field] = [message];
            }
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var stored = await CaseReader.ReadAsync(client, caseNumber, request.HttpContext.RequestAborted);
        if (stored is null)
        {
            return Problems.NotFound("case with this number");
        }
        var status = stored.Status;
        if (envelope.EventId is { } repeated && status.AppliedEventIds.Contains(repeated))
        {
            return Accepted(caseNumber, eventType, repeated);
        }
        if (eventType == EventTypes.LetterRevoked)
        {
            return await revocation.RevokeAsync(stored, json!.Value.Deserialize<LetterRevoked>(CaseJson.Options)!, caller!,
                envelope.EventId ?? Guid.NewGuid().ToString("N"), envelope.Note, request.HttpContext.RequestAborted);
        }
        if (status.Status == CaseState.Closed)
        {
            return Problems.Conflict($"Case {caseNumber} is closed.", Extensions(status));
        }
        if (!status.ExpectedEvents.Contains(eventType))
        {
            return Problems.Conflict($"Case {caseNumber} does not expect {eventType} in stage {status.Stage}.", Extensions(status));
        }
        if (StateProblem(status, eventType, json) is { } stateProblem)
        {
            return stateProblem;
        }

        var eventId = envelope.EventId ?? Guid.NewGuid().ToString("N");
        await client.RaiseEventAsync(caseNumber, CaseEvent.ExternalEventName, new CaseEvent
        {
            Type = eventType,
            EventId = eventId,
            Actor = caller!.Id,
            ReceivedAt = clock.GetUtcNow(),
            Note = envelope.Note,
            Body = spec.BodyType is null ? null : json,
        }, request.HttpContext.RequestAborted);
        return Accepted(caseNumber, eventType, eventId);
    }

    /// <summary>Checks that refer to the case's own documents and correspondence.</summary>
    private static IResult? StateProblem(CaseStatus status, string eventType, JsonElement? json)
    {
        if (eventType == EventTypes.DocumentsReviewed)
        {
            var verdicts = json!.Value.Deserialize<DocumentsReviewed>(CaseJson.Options)!.Verdicts!;
            var known = status.Documents.Select(d => d.DocumentId).ToHashSet(StringComparer.Ordinal);
            var unknown = verdicts.Select((v, i) => (v, i)).Where(x => !known.Contains(x.v.DocumentId!))
                .ToDictionary(x => $"verdicts[{x.i}].documentId", x => new[] { $"The case has no document {x.v.DocumentId}." });
            return unknown.Count > 0 ? Problems.Invalid(unknown) : null;
        }
        if (eventType == EventTypes.CorrespondenceMailed)
        {
            var itemId = json!.Value.Deserialize<CorrespondenceMailed>(CaseJson.Options)!.ItemId;
            var waiting = status.Correspondence.Any(c => c.ItemId == itemId && c.State == CorrespondenceState.InOutbox);
            return waiting ? null : Problems.Invalid("itemId", $"Item {itemId} of this case is not waiting in the outbox.");
        }
        return null;
    }

    private static Dictionary<string, object?> Extensions(CaseStatus status) => new()
    {
        ["stage"] = status.Stage.ToString(),
        ["expectedEvents"] = status.ExpectedEvents,
    };

    private static IResult Accepted(string caseNumber, string eventType, string eventId) =>
        Results.Json(new { caseNumber, eventType, eventId }, CaseJson.Options, statusCode: StatusCodes.Status202Accepted);

    private sealed record EventEnvelope(string? EventId, string? Note);
}
