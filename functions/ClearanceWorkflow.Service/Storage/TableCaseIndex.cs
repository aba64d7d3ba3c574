using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// The case index behind work queues, kept current by the workflows. Open cases live in one partition keyed by the
/// time they were opened, so a query reads them oldest first and pages with the table's own continuation token;
/// a closed case moves to the closed partition.
/// </summary>
public sealed class TableCaseIndex(StorageConnection storage) : ICaseIndex
{
    private const string OpenPartition = "open";
    private const string ClosedPartition = "closed";

    private TableClient Table => storage.Tables.GetTableClient(StorageNames.IndexTable);

    /// <inheritdoc />
    public async Task UpsertAsync(CaseIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var rowKey = RowKey(entry.OpenedAt, entry.CaseNumber);
        var open = entry.Status == CaseState.Open;
        await Table.UpsertEntityAsync(ToEntity(open ? OpenPartition : ClosedPartition, rowKey, entry), TableUpdateMode.Replace, cancellationToken);
        if (!open)
        {
            await Table.DeleteEntityAsync(OpenPartition, rowKey, ETag.All, cancellationToken);
        }
    }

    /// <summary>One page of open cases matching the filters, oldest first.</summary>
    public async Task<(IReadOnlyList<CaseIndexEntry> Entries, string? ContinuationToken)> QueryOpenAsync(
        ServiceKind? service, CaseStage? stage, WaitingOn? waitingOn, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OpenPartition}");
        if (service is { } s)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Service eq {s.ToString()}");
        }
        if (stage is { } st)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Stage eq {st.ToString()}");
        }
        if (waitingOn is { } w)
        {
            filter += " and " + TableClient.CreateQueryFilter($"WaitingOn eq {w.ToString()}");
        }
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(continuationToken, pageSize))
        {
            return (page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
        }
        return ([], null);
    }

    private static string RowKey(DateTimeOffset openedAt, string caseNumber) =>
        $"{openedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}_{caseNumber}";

    private static TableEntity ToEntity(string partition, string rowKey, CaseIndexEntry entry) => new(partition, rowKey)
    {
        ["CaseNumber"] = entry.CaseNumber,
        ["Service"] = entry.Service.ToString(),
        ["Status"] = entry.Status.ToString(),
        ["Stage"] = entry.Stage.ToString(),
        ["WaitingOn"] = entry.WaitingOn.ToString(),
        ["OpenedAt"] = entry.OpenedAt,
        ["StageEnteredAt"] = entry.StageEnteredAt,
        ["Deadline"] = entry.Deadline,
        ["Outcome"] = entry.Outcome?.ToString(),
    };

    private static CaseIndexEntry FromEntity(TableEntity e) => new(
        e.GetString("CaseNumber"),
        Enum.Parse<ServiceKind>(e.GetString("Service")),
        Enum.Parse<CaseState>(e.GetString("Status")),
        Enum.Parse<CaseStage>(e.GetString("Stage")),
        Enum.Parse<WaitingOn>(e.GetString("WaitingOn")),
        e.GetDateTimeOffset("OpenedAt") ?? default,
        e.GetDateTimeOffset("StageEnteredAt") ?? default,
        e.GetDateTimeOffset("Deadline"),
        e.GetString("Outcome") is { } outcome ? Enum.Parse<CaseOutcome>(outcome) : null);
}
