using System.Text.Json;

namespace ClearanceWorkflow.Core.Cases;

/// <summary>
/// An event delivered to a running case: staff events from the HTTP contract and system events (a scan attached).
/// All travel under one external-event name so the case takes them strictly in arrival order.
/// </summary>
public sealed record CaseEvent
{
    /// <summary>The one external event name every case event is raised under.</summary>
    public const string ExternalEventName = "case-event";

    /// <summary>The event type, e.g. <c>payment-cleared</c>.</summary>
    public required string Type { get; init; }
    /// <summary>The client-chosen (or generated) id that makes a repeated delivery take effect once.</summary>
    public required string EventId { get; init; }
    /// <summary>Who sent it (a staff id, or <c>system</c>).</summary>
    public required string Actor { get; init; }
    /// <summary>When the server received it.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary>The sender's note, if any.</summary>
    public string? Note { get; init; }
    /// <summary>The validated body of the event, if the type has one.</summary>
    public JsonElement? Body { get; init; }
    /// <summary>For an approval, the approver's name and title as the unit's list of signatories gives them (set by the server, never by the caller).</summary>
    public Signatory? Signatory { get; init; }

    /// <summary>The body as <typeparamref name="T"/>.</summary>
    public T BodyAs<T>() =>
        Body is { } body
            ? body.Deserialize<T>(CaseJson.Options) ?? throw new InvalidOperationException($"Event {Type} has an empty body.")
            : throw new InvalidOperationException($"Event {Type} has no body.");
}

/// <summary>The name and title a supervisor signs letters and certificates with.</summary>
/// <param name="Name">As printed, e.g. <c>Sgt. Maria Lopez</c>.</param>
/// <param name="Title">As printed, e.g. <c>Supervisor, Records and Identification Division</c>.</param>
public sealed record Signatory(string Name, string Title);
