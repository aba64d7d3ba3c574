using ClearanceWorkflow.Service.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Functions.Scans;

/// <summary>Every minute, purges the orchestration history of cases whose records were destroyed, once they have finished.</summary>
public sealed class HistoryPurgeFunction(CaseHistoryPurges purges)
{
    /// <summary>The function name.</summary>
    public const string Name = "PurgeDestroyedCaseHistory";

    /// <summary>Runs one purge pass.</summary>
    [Function(Name)]
    public Task PurgeAsync(
        [TimerTrigger("0 */1 * * * *")] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        purges.PurgeFinishedAsync(client, cancellationToken);
}
