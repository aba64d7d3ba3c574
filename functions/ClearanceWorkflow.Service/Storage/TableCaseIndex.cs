using Azure.Data.Tables;
using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>The case index: one row per case, kept current by the workflows, read by work queues.</summary>
public sealed class TableCaseIndex(StorageConnection storage) : ICaseIndex
{
    /// <inheritdoc />
    public async Task UpsertAsync(CaseIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = new TableEntity(entry.Service.ToString(), entry.CaseNumber)
        {
            ["Status"] = entry.Status.ToString(),
            ["Stage"] = entry.Stage.ToString(),
            ["WaitingOn"] = entry.WaitingOn.ToString(),
            ["OpenedAt"] = entry.OpenedAt,
            ["StageEnteredAt"] = entry.StageEnteredAt,
            ["Deadline"] = entry.Deadline,
            ["Outcome"] = entry.Outcome?.ToString(),
        };
        await storage.Tables.GetTableClient(StorageNames.IndexTable).UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
