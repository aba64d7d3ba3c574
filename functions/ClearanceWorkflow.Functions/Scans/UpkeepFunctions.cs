using ClearanceWorkflow.Service.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Scans;

/// <summary>The timers that keep the store to what the unit may hold: the retention sweep and the history purge.</summary>
public sealed class UpkeepFunctions(CaseHistoryPurges purges, RetentionSweep retention, ClosedCaseArchive archive)
{
    /// <summary>The history purge's function name.</summary>
    public const string HistoryPurge = "PurgeDestroyedCaseHistory";

    /// <summary>The closed-case archive's function name.</summary>
    public const string ClosedCases = "MoveClosedCasesOutOfBackend";

    /// <summary>The retention sweep's function name.</summary>
    public const string RetentionSweep = "SweepRetention";

    /// <summary>Every minute: the history of cases whose records were destroyed, once they have finished.</summary>
    [Function(HistoryPurge)]
    public Task PurgeAsync([TimerTrigger("0 */1 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        purges.PurgeFinishedAsync(client, cancellationToken);

    /// <summary>Every minute: closed cases whose orchestration has finished leave the durable backend.</summary>
    [Function(ClosedCases)]
    public Task ArchiveAsync([TimerTrigger("30 */1 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        archive.ArchiveFinishedAsync(client, cancellationToken);

    /// <summary>Daily at 03:00 UTC: closed cases whose retention period has ended.</summary>
    [Function(RetentionSweep)]
    public Task SweepAsync([TimerTrigger("0 0 3 * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        retention.SweepAsync(client, cancellationToken);
}
