using System.Text.Json;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Workflows;
using ClearanceWorkflow.Service.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Http;

/// <summary><c>POST /api/cases/{caseNumber}/events/{eventType}</c>: a staff event, checked and delivered to the case.</summary>
public sealed class CaseEventHandler(
    Authorization authorization, LetterRevocation revocation, TimeProvider clock, CaseReader cases, IOutbox outbox, SignatoryDirectory signatories)
{
    private const int MaxTextLength = 2000;

    /// <summary>Handles the request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, DurableTaskClient client, string caseNumber, string eventType)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (incoming, invalid) = await ReadAsync(request, eventType);
        if (invalid is not null)
        {
            return invalid;
        }
        var stored = await cases.ReadAsync(client, caseNumber, request.HttpContext.RequestAborted);
        if (stored is null)
        {
            return Problems.NotFound("case with this number");
        }
        var status = stored.Status;
        if (incoming!.EventId is { } repeated && status.AppliedEventIds.Contains(repeated))
        {
            return Accepted(caseNumber, eventType, repeated);
        }
        var eventId = incoming.EventId ?? Guid.NewGuid().ToString("N");
        if (eventType == EventTypes.LetterRevoked)
        {
            return await revocation.RevokeAsync(stored, (LetterRevoked)incoming.Bound!, incoming.Caller,
                eventId, incoming.Note, request.HttpContext.RequestAborted);
        }
        // The outbox may list an item before the published status shows it there: the mailroom marks it mailed all the same.
        var listed = incoming.Bound is CorrespondenceMailed { ItemId: { } itemId }
            && await outbox.ContainsAsync(caseNumber, itemId, request.HttpContext.RequestAborted);
        if (CaseRules.Refusal(status, eventType, incoming.Bound, clock.GetUtcNow(), incoming.Caller.Id, listed) is { } refused)
        {
            return refused.IsConflict ? Problems.Conflict(refused.Message, Extensions(status)) : Problems.Invalid(refused.Errors!.ToDictionary(StringComparer.Ordinal));
        }
        // An approval signs the letter: with the name and title the unit's list gives, never with what the caller says.
        var signatory = eventType == EventTypes.LetterApproved ? signatories.For(incoming.Caller.Id) : null;
        if (eventType == EventTypes.LetterApproved && signatory is null && CaseTasks.SignsAtApproval(stored.Orchestrator))
        {
            return Problems.Conflict(
                $"You are not on the unit's list of signatories ({SignatoryDirectory.Section}) with a name and title, so you cannot sign a letter; ask the unit's administrator to add you.",
                Extensions(status));
        }
        await CaseEventDelivery.RaiseAsync(client, caseNumber, new CaseEvent
        {
            Type = eventType,
            EventId = eventId,
            Actor = incoming.Caller.Id,
            ReceivedAt = clock.GetUtcNow(),
            Note = incoming.Note,
            Body = incoming.Body,
            Signatory = signatory,
        }, stored.Started, CaseEventDelivery.RequestStartWait, request.HttpContext.RequestAborted);
        return Accepted(caseNumber, eventType, eventId);
    }

    /// <summary>Who sends what: the event type known, the role held, the body well formed. Touches no case.</summary>
    private async Task<(IncomingEvent? Event, IResult? Problem)> ReadAsync(HttpRequest request, string eventType)
    {
        var spec = EventCatalog.Find(eventType);
        if (spec is null)
        {
            return (null, Problems.NotFound($"event type '{eventType}'"));
        }
        var (caller, denied) = authorization.ToAct(request, spec.Role);
        if (denied is not null)
        {
            return (null, denied);
        }
        var (json, unreadable) = await RequestBody.ReadAsync(request, required: spec.BodyType is not null);
        if (unreadable is not null)
        {
            return (null, unreadable);
        }
        var (envelope, unbound) = json is { } j ? RequestBody.Bind<EventEnvelope>(j) : (new EventEnvelope(null, null), null);
        if (unbound is not null)
        {
            return (null, unbound);
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
        object? body = null;
        if (spec.BodyType is not null)
        {
            var bound = RequestBody.Bind(json!.Value, spec.BodyType);
            if (bound.Problem is not null)
            {
                return (null, bound.Problem);
            }
            body = bound.Value;
            foreach (var (field, message) in spec.Validate!(body!))
            {
                errors[field] = [message];
            }
        }
        return errors.Count > 0
            ? (null, Problems.Invalid(errors))
            : (new IncomingEvent(caller!, envelope.EventId, envelope.Note, spec.BodyType is null ? null : json, body), null);
    }

    private static Dictionary<string, object?> Extensions(CaseStatus status) => new()
    {
        ["stage"] = status.Stage.ToString(),
        ["expectedEvents"] = status.ExpectedEvents,
    };

    private static IResult Accepted(string caseNumber, string eventType, string eventId) =>
        Results.Json(new EventAccepted(caseNumber, eventType, eventId), CaseJson.Options, statusCode: StatusCodes.Status202Accepted);

    private sealed record EventEnvelope(string? EventId, string? Note);

    private sealed record IncomingEvent(Caller Caller, string? EventId, string? Note, JsonElement? Body, object? Bound);
}
