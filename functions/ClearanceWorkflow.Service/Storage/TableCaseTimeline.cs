using Azure;
using Azure.Data.Tables;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>The timeline in a table: partition = case number, row = zero-padded sequence, so rows sort oldest first.</summary>
public sealed class TableCaseTimeline(StorageConnection storage) : ICaseTimeline
{
    private TableClient Table => storage.Tables.GetTableClient(StorageNames.TimelineTable);

    /// <inheritdoc />
    public async Task AppendAsync(string caseNumber, IReadOnlyList<TimelineEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        // Insert only, never replace: a row once written is never rewritten. One batch per partition, so the entries of one
        // update land together; a retry of the same update (the orchestration gives it the same sequence numbers) finds
        // its rows there and inserts only those missing.
        foreach (var chunk in entries.Chunk(100))
        {
            try
            {
                await Table.SubmitTransactionAsync(
                    chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(caseNumber, e))), cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                foreach (var entry in chunk)
                {
                    await AddIfAbsentAsync(ToEntity(caseNumber, entry), cancellationToken);
                }
            }
        }
    }

    private async Task AddIfAbsentAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Written by the earlier attempt; left as it is.
        }
    }

    /// <inheritdoc />
    public async Task<TimelineEntry> AppendAfterCloseAsync(string caseNumber, TimelineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        while (true)
        {
            var existing = await ReadAsync(caseNumber, cancellationToken);
            var next = entry with { Sequence = existing.Count == 0 ? 1 : existing.Max(e => e.Sequence) + 1 };
            try
            {
                // Insert, never replace: two staff appending at once each get their own row.
                await Table.AddEntityAsync(ToEntity(caseNumber, next), cancellationToken);
                return next;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Someone took that sequence first; read again and take the next one.
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var entries = new List<TimelineEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(x => x.PartitionKey == caseNumber, cancellationToken: cancellationToken))
        {
            entries.Add(new TimelineEntry(
                int.Parse(e.RowKey, System.Globalization.CultureInfo.InvariantCulture),
                e.GetDateTimeOffset("At") ?? default, e.GetString("What"), e.GetString("Who"),
                e.GetString("Why"), e.GetString("EventId"), e.GetString("Note")));
        }
        return entries;
    }

    private static TableEntity ToEntity(string caseNumber, TimelineEntry e) => new(caseNumber, e.Sequence.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
    {
        ["At"] = e.At,
        ["What"] = e.What,
        ["Who"] = e.Who,
        ["Why"] = e.Why,
        ["EventId"] = e.EventId,
        ["Note"] = e.Note,
        ETag = ETag.All,
    };
}
