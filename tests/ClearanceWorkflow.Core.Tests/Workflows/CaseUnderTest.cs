using System.Text.Json;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Workflows;
using Microsoft.DurableTask.Client;
using Xunit.Sdk;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>One running case: staff raise events on it and watch its published status, as the case view would.</summary>
public sealed class CaseUnderTest(CaseHost host, CaseOpening opening)
{
    public string Number => opening.CaseNumber;

    public CaseOpening Opening => opening;

    /// <summary>Raises a case event the way the HTTP handler does; returns its event id.</summary>
    public async Task<string> RaiseAsync(
        string type, object? body = null, string? eventId = null, string actor = "staff-1", string? note = null, Signatory? signatory = null)
    {
        var id = eventId ?? $"{type}-{Guid.NewGuid():N}";
        await host.Client.RaiseEventAsync(Number, CaseEvent.ExternalEventName, new CaseEvent
        {
            Type = type,
            EventId = id,
            Actor = actor,
            ReceivedAt = DateTimeOffset.UtcNow,
            Note = note,
            Body = body is null ? null : JsonSerializer.SerializeToElement(body, body.GetType(), CaseJson.Options),
            Signatory = signatory,
        });
        return id;
    }

    /// <summary>The scanning station attaches a document (a system event, as scan ingestion raises it).</summary>
    public Task<string> ScanAsync(string documentId, string documentType) =>
        RaiseAsync(EventTypes.DocumentScanned, new DocumentScanned(documentId, documentType, "application/pdf", 48_213), actor: CaseFlow.System);

    /// <summary>The mailroom marks an item mailed.</summary>
    public Task<string> MailAsync(string itemId) =>
        RaiseAsync(EventTypes.CorrespondenceMailed, new CorrespondenceMailed(itemId), actor: "mailroom-1");

    public async Task<CaseStatus?> StatusAsync()
    {
        var instance = await host.Client.GetInstanceAsync(Number, getInputsAndOutputs: true);
        if (instance?.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated)
        {
            throw new XunitException($"Case {Number} stopped as {instance.RuntimeStatus}: {instance.FailureDetails}");
        }
        return instance?.ReadCustomStatusAs<CaseStatus>();
    }

    /// <summary>The input of the case's current execution: the opening, and what it carried over from the one before.</summary>
    public async Task<CaseOpening?> InputAsync() =>
        (await host.Client.GetInstanceAsync(Number, getInputsAndOutputs: true))?.ReadInputAs<CaseOpening>();

    public async Task<CaseStatus> WaitUntilAsync(string what, Func<CaseStatus, bool> done) =>
        (await Eventually.UntilAsync(what, StatusAsync, s => s is not null && done(s), Describe))!;

    public Task<CaseStatus> WaitForStageAsync(CaseStage stage) => WaitUntilAsync($"case to reach {stage}", s => s.Stage == stage);

    /// <summary>Waits until the case is closed and its orchestration has finished writing its records.</summary>
    public async Task<CaseStatus> WaitUntilFinishedAsync()
    {
        var instance = await Eventually.UntilAsync("case to close and finish",
            () => host.Client.GetInstanceAsync(Number, getInputsAndOutputs: true),
            i => i?.RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed,
            i => i is null ? "no instance" : $"{i.RuntimeStatus}; {Describe(i.ReadCustomStatusAs<CaseStatus>())}");
        if (instance!.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new XunitException($"Case {Number} failed: {instance.FailureDetails}");
        }
        return instance.ReadOutputAs<CaseStatus>()!;
    }

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync() => host.Timeline.ReadAsync(Number, CancellationToken.None);

    public Task<IReadOnlyList<TimelineEntry>> WaitForTimelineAsync(string what, Func<IReadOnlyList<TimelineEntry>, bool> done) =>
        Eventually.UntilAsync(what, TimelineAsync, done, t => string.Join(", ", t.Select(e => e.What)));

    /// <summary>The text of a rendered item (see <see cref="Doubles.PlainTextRenderer"/>).</summary>
    public string? TextOf(string itemId) => host.Correspondence.TextOf(Number, itemId);

    private static string Describe(CaseStatus? s) => s is null
        ? "no status published"
        : $"{s.Status} in {s.Stage} waiting on {s.WaitingOn}, expects [{string.Join(", ", s.ExpectedEvents)}], overdue {s.Overdue}, "
          + $"documents [{string.Join(", ", s.Documents.Select(d => $"{d.DocumentId}:{d.Review}"))}], "
          + $"correspondence [{string.Join(", ", s.Correspondence.Select(c => $"{c.Kind}:{c.State}"))}], payment {s.Payment?.State}";
}
