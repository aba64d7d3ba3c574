using Azure;
using Azure.Data.Tables;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>The outbox in a table: one partition, rows keyed by case and item so adding twice is one row.</summary>
public sealed class TableOutbox(StorageConnection storage) : IOutbox
{
    private const string Partition = "outbox";
    private const int MaxItemIdLength = 200;

    private TableClient Table => storage.Tables.GetTableClient(StorageNames.OutboxTable);

    /// <inheritdoc />
    public async Task AddAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var row = new TableEntity(Partition, Key(item.CaseNumber, item.ItemId))
        {
            ["CaseNumber"] = item.CaseNumber,
            ["ItemId"] = item.ItemId,
            ["Kind"] = item.Kind.ToString(),
            ["QueuedAt"] = item.QueuedAt,
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string caseNumber, string itemId, CancellationToken cancellationToken)
    {
        await Table.DeleteEntityAsync(Partition, Key(caseNumber, itemId), ETag.All, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxItem>> ListAsync(CancellationToken cancellationToken)
    {
        var items = new List<OutboxItem>();
        await foreach (var e in Table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            items.Add(new OutboxItem(e.GetString("CaseNumber"), e.GetString("ItemId"),
                Enum.Parse<CorrespondenceKind>(e.GetString("Kind")), e.GetDateTimeOffset("QueuedAt") ?? default));
        }
        return items.OrderBy(i => i.QueuedAt).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> ContainsAsync(string caseNumber, string itemId, CancellationToken cancellationToken)
    {
        // An id a row key cannot hold was never put in the outbox (and must not reach the table's URL).
        if (string.IsNullOrEmpty(itemId) || itemId.Length > MaxItemIdLength || itemId.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            return false;
        }
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Key(caseNumber, itemId), ["RowKey"], cancellationToken);
        return row.HasValue;
    }

    /// <summary>A filter for the rows of one case: a range of row keys in the one partition.</summary>
    public static string RowsOf(string caseNumber) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {caseNumber + "_"} and RowKey lt {caseNumber + "`"}");

    private static string Key(string caseNumber, string itemId) => $"{caseNumber}_{itemId}";
}
