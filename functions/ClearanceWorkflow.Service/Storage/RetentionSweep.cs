using ClearanceWorkflow.Core.Activities;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// Purges closed cases whose retention period has ended, with the same destruction a sealed case gets: every record of
/// the case goes, its history is purged once requested, and a tombstone keeps its number. Reads only the cases due.
/// Each host runs it on a schedule: the server in a background loop, the Functions app from a daily timer.
/// </summary>
public sealed class RetentionSweep(TableCaseIndex index, ICaseRecordsDestroyer destroyer, CaseHistoryPurges purges, TimeProvider clock,
    ILogger<RetentionSweep> logger)
{
    /// <summary>Who a purge by retention is recorded as, on the tombstone.</summary>
    public const string Actor = "retention";

    private const int Batch = 100;

    /// <summary>Purges every case due now (in batches); returns how many were purged.</summary>
    public async Task<int> SweepAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var purged = 0;
        while (true)
        {
            var due = await index.QueryDueForPurgeAsync(clock.GetUtcNow(), Batch, cancellationToken);
            var skipped = 0;
            foreach (var entry in due)
            {
                // A case closes before its orchestration has written its last records; it is purged once that is done.
                if (await client.GetInstanceAsync(entry.CaseNumber, getInputsAndOutputs: false, cancellationToken) is { IsCompleted: false })
                {
                    skipped++;
                    continue;
                }
                await destroyer.DestroyAsync(new CaseTombstone(entry.CaseNumber, entry.Service, entry.OpenedAt, entry.Outcome!.Value,
                    clock.GetUtcNow(), Actor), cancellationToken);
                await index.ForgetPurgeDueAsync(entry, cancellationToken);
                purged++;
            }
            if (due.Count < Batch || skipped == due.Count)
            {
                break;
            }
        }
        await purges.PurgeFinishedAsync(client, cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation("Retention sweep purged {Count} closed case(s)", purged);
        }
        return purged;
    }
}
