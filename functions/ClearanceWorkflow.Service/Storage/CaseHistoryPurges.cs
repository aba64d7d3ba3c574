using Azure;
using Azure.Data.Tables;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// Cases whose orchestration history is to be purged once the orchestration has finished (a case cannot purge its own
/// history while it runs). Each host runs <see cref="PurgeFinishedAsync"/> on a schedule: the server in a background loop,
/// the Functions app from a timer trigger. Purging removes the history, input, status and output of every execution. A
/// request stays until the case's tombstone exists, so that from the destruction's first step on, a request or a tombstone
/// always tells the closed-case archive that the case is gone.
/// </summary>
public sealed class CaseHistoryPurges(StorageConnection storage, TableCaseIndex index, ILogger<CaseHistoryPurges> logger)
{
    private const string Partition = "purge";

    // A request for an instance the backend does not know is kept this long before it is dropped: the instance may be in
    // another task hub sharing the account (tests, blue-green deployments), whose own pass purges it.
    private static readonly TimeSpan UnknownKeptFor = TimeSpan.FromHours(1);

    private TableClient Table => storage.Tables.GetTableClient(StorageNames.PurgeTable);

    /// <summary>Asks for the history of <paramref name="caseNumber"/> to be purged once its orchestration has finished.</summary>
    public Task RequestAsync(string caseNumber, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(Partition, caseNumber), TableUpdateMode.Replace, cancellationToken);

    /// <summary>True when the history of <paramref name="caseNumber"/> is to be purged (its records were destroyed).</summary>
    public async Task<bool> IsRequestedAsync(string caseNumber, CancellationToken cancellationToken) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(Partition, caseNumber, select: ["RowKey"], cancellationToken: cancellationToken)).HasValue;

    /// <summary>True when the records of <paramref name="caseNumber"/> are being or have been destroyed: a purge is requested or its tombstone exists.</summary>
    public async Task<bool> IsDestroyedAsync(string caseNumber, CancellationToken cancellationToken) =>
        await IsRequestedAsync(caseNumber, cancellationToken) || await index.FindTombstoneAsync(caseNumber, cancellationToken) is not null;

    /// <summary>
    /// Purges every requested case whose orchestration has finished and whose tombstone exists; returns how many were purged.
    /// A case that ended (failed) before its records were all destroyed keeps its history, which is all that still finds
    /// what is left of them: it is logged by number and runtime status only.
    /// </summary>
    public async Task<int> PurgeFinishedAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var purged = 0;
        await foreach (var row in Table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            var caseNumber = row.RowKey;
            var instance = await client.GetInstanceAsync(caseNumber, getInputsAndOutputs: false, cancellationToken);
            if (instance is { IsCompleted: false })
            {
                continue;
            }
            if (await index.FindTombstoneAsync(caseNumber, cancellationToken) is null)
            {
                if (instance is not null)
                {
                    logger.LogWarning("Case {CaseNumber} ended {RuntimeStatus} before its records were destroyed; its history is kept",
                        caseNumber, instance.RuntimeStatus);
                }
                continue;
            }
            if (instance is not null)
            {
                await client.PurgeInstanceAsync(caseNumber, cancellation: cancellationToken);
                purged++;
                logger.LogInformation("History of case {CaseNumber} purged", caseNumber);
            }
            else if (row.Timestamp is { } requested && DateTimeOffset.UtcNow - requested < UnknownKeptFor)
            {
                continue;
            }
            await Table.DeleteEntityAsync(Partition, caseNumber, ETag.All, cancellationToken);
        }
        return purged;
    }
}
