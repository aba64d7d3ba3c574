using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// Closed cases leave the durable backend. Once a case's orchestration has finished, its opening and final status are
/// kept here (one row, read by the case number) and its history is purged from the task hub, so the engine's tables
/// hold the cases that are still open: what every step of an open case reads does not grow with the years of closed
/// cases. Reads of a closed case (its view, its letter's revocation, a retried opening) find it here. Destroyed cases
/// are never kept: their history is purged by <see cref="CaseHistoryPurges"/>, and the retention sweep deletes the row. A
/// case is checked again after its row is written, since the listing may be older than a destruction that ran meanwhile.
/// </summary>
public sealed class ClosedCaseArchive(StorageConnection storage, CaseHistoryPurges purges, ILogger<ClosedCaseArchive> logger)
{
    private const string Row = "case";
    private const int PageSize = 100;

    private TableClient Table => storage.Tables.GetTableClient(StorageNames.ClosedCasesTable);

    /// <summary>The closed case kept under <paramref name="caseNumber"/>, or null.</summary>
    public async Task<StoredCase?> FindAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(caseNumber, Row, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return null;
        }
        var opening = JsonSerializer.Deserialize<CaseOpening>(entity.GetString("Opening"), CaseJson.Options)!;
        var status = JsonSerializer.Deserialize<CaseStatus>(entity.GetString("Status"), CaseJson.Options)!;
        return new StoredCase(opening, status, Finished: true, Started: true);
    }

    /// <summary>Deletes the kept case (its records are destroyed); nothing when there is none.</summary>
    public async Task ForgetAsync(string caseNumber, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(caseNumber, Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Never kept, or already deleted.
        }
    }

    /// <summary>
    /// Keeps every closed case whose orchestration has finished and purges its history; returns how many. Each step is
    /// idempotent (the row is written before the purge), so a pass cut short is finished by the next.
    /// </summary>
    public async Task<int> ArchiveFinishedAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var archived = 0;
        var finished = client.GetAllInstancesAsync(new OrchestrationQuery
        {
            Statuses = [OrchestrationRuntimeStatus.Completed], FetchInputsAndOutputs = true, PageSize = PageSize,
        });
        await foreach (var instance in finished.WithCancellation(cancellationToken))
        {
            if (await ArchiveAsync(client, instance, cancellationToken))
            {
                archived++;
            }
        }
        if (archived > 0)
        {
            logger.LogInformation("{Count} closed case(s) moved out of the durable backend", archived);
        }
        return archived;
    }

    /// <summary>
    /// Keeps one finished case as listed (perhaps a while ago) and purges its history; false when it is not a case, not
    /// closed, or destroyed (its destruction ran, runs, or starts while this step runs), and nothing of it is kept.
    /// </summary>
    public async Task<bool> ArchiveAsync(DurableTaskClient client, OrchestrationMetadata instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(instance);
        var caseNumber = instance.InstanceId;
        if (!CaseNumber.IsWellFormed(caseNumber)
            || instance.ReadInputAs<CaseOpening>() is not { } opening
            || instance.ReadCustomStatusAs<CaseStatus>() is not { Status: CaseState.Closed } status
            || status.Outcome == CaseOutcome.Destroyed
            || instance.ReadOutputAs<CaseStatus>() is { Outcome: CaseOutcome.Destroyed }
            || await purges.IsDestroyedAsync(caseNumber, cancellationToken))
        {
            // Not a case, or a case whose records were destroyed: its history is purged without keeping anything.
            return false;
        }
        await Table.UpsertEntityAsync(new TableEntity(caseNumber, Row)
        {
            ["Opening"] = JsonSerializer.Serialize(opening, CaseJson.Options),
            ["Status"] = JsonSerializer.Serialize(status, CaseJson.Options),
        }, TableUpdateMode.Replace, cancellationToken);
        // A destruction that began before this write shows now (its purge request stays until its tombstone exists); one
        // that begins after it deletes the row itself.
        if (await purges.IsDestroyedAsync(caseNumber, cancellationToken))
        {
            await ForgetAsync(caseNumber, cancellationToken);
            return false;
        }
        await client.PurgeInstanceAsync(caseNumber, cancellation: cancellationToken);
        return true;
    }
}
