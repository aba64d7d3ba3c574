using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// The case index behind work queues, kept current by the workflows. Open cases live in one partition keyed by the
/// time they were opened, so a query reads them oldest first and pages with the table's own continuation token;
/// a closed case moves to the closed partition. A case that waits on an appointment has a second row in the appointment
/// partition, keyed by the time of the appointment, so the investigators' queue reads visits in the order they fall.
/// </summary>
public sealed class TableCaseIndex(StorageConnection storage) : ICaseIndex
{
    private const string OpenPartition = "open";
    private const string ClosedPartition = "closed";
    private const string AppointmentPartition = "appointment";
    private const string TombstonePartition = "tombstone";
    private const string RetentionPartition = "retention";
    private const string AppointmentKeyColumn = "AppointmentKey";

    private TableClient Table => storage.Tables.GetTableClient(StorageNames.IndexTable);

    /// <inheritdoc />
    public async Task UpsertAsync(CaseIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var rowKey = RowKey(entry.OpenedAt, entry.CaseNumber);
        var open = entry.Status == CaseState.Open;
        var appointmentKey = open && entry.WaitingOn == WaitingOn.Appointment && entry.AppointmentAt is { } at ? RowKey(at, entry.CaseNumber) : null;
        if (entry.Service == ServiceKind.Exoneration)
        {
            await KeepAppointmentRowAsync(entry, rowKey, appointmentKey, cancellationToken);
        }
        var row = ToEntity(open ? OpenPartition : ClosedPartition, rowKey, entry);
        row[AppointmentKeyColumn] = appointmentKey;
        if (!open && entry.PurgeDueAt is { } due)
        {
            // Keyed by when it falls due, so the retention sweep reads only the cases due (its cost follows them, not the store).
            await Table.UpsertEntityAsync(ToEntity(RetentionPartition, RowKey(due, entry.CaseNumber), entry), TableUpdateMode.Replace, cancellationToken);
        }
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
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
        return await QueryAsync(filter, service, stage, waitingOn, continuationToken, pageSize, cancellationToken);
    }

    private async Task<(IReadOnlyList<CaseIndexEntry> Entries, string? ContinuationToken)> QueryAsync(
        string filter, ServiceKind? service, CaseStage? stage, WaitingOn? waitingOn, string? continuationToken, int pageSize,
        CancellationToken cancellationToken)
    {
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
        // The table service may answer a filtered query with an empty page and a continuation token (it reads a bounded
        // number of rows per request): such pages are read through, so a staff member never gets an empty page with more behind it.
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(continuationToken, pageSize))
        {
            if (page.Values.Count > 0 || page.ContinuationToken is null)
            {
                return (page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
            }
        }
        return ([], null);
    }

    /// <summary>
    /// Replaces the case's rows with its tombstone, read by case number: the number, the service, when it was opened, and
    /// when and by whom its records were destroyed.
    /// </summary>
    public async Task ReplaceWithTombstoneAsync(CaseTombstone tombstone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        var rowKey = RowKey(tombstone.OpenedAt, tombstone.CaseNumber);
        var closed = new CaseIndexEntry(tombstone.CaseNumber, tombstone.Service, CaseState.Closed, CaseStage.Closed, WaitingOn.Nothing,
            tombstone.OpenedAt, tombstone.DestroyedAt, null, tombstone.Outcome);
        await KeepAppointmentRowAsync(closed, rowKey, appointmentKey: null, cancellationToken);
        await Table.UpsertEntityAsync(new TableEntity(TombstonePartition, tombstone.CaseNumber)
        {
            ["Service"] = tombstone.Service.ToString(),
            ["OpenedAt"] = tombstone.OpenedAt,
            ["Outcome"] = tombstone.Outcome.ToString(),
            ["DestroyedAt"] = tombstone.DestroyedAt,
            ["DestroyedBy"] = tombstone.DestroyedBy,
        }, TableUpdateMode.Replace, cancellationToken);
        await Table.DeleteEntityAsync(OpenPartition, rowKey, ETag.All, cancellationToken);
        await Table.DeleteEntityAsync(ClosedPartition, rowKey, ETag.All, cancellationToken);
    }

    /// <summary>The tombstone of a destroyed case, or null.</summary>
    public async Task<CaseTombstone?> FindTombstoneAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(TombstonePartition, caseNumber, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e
            ? new CaseTombstone(caseNumber, Enum.Parse<ServiceKind>(e.GetString("Service")), e.GetDateTimeOffset("OpenedAt") ?? default,
                Enum.Parse<CaseOutcome>(e.GetString("Outcome")), e.GetDateTimeOffset("DestroyedAt") ?? default, e.GetString("DestroyedBy"))
            : null;
    }

    /// <summary>Closed cases whose retention period has ended by <paramref name="now"/>, the longest due first (at most <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<CaseIndexEntry>> QueryDueForPurgeAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {RetentionPartition} and RowKey le {now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "~"}");
        var due = new List<CaseIndexEntry>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            due.Add(FromEntity(row));
            if (due.Count == max)
            {
                break;
            }
        }
        return due;
    }

    /// <summary>Takes a purged case off the retention schedule.</summary>
    public Task ForgetPurgeDueAsync(CaseIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Table.DeleteEntityAsync(RetentionPartition, RowKey(entry.PurgeDueAt!.Value, entry.CaseNumber), ETag.All, cancellationToken);
    }

    /// <summary>
    /// One page of the cases waiting on appointments that fall at or before <paramref name="through"/> (overdue ones included),
    /// earliest appointment first.
    /// </summary>
    public async Task<(IReadOnlyList<CaseIndexEntry> Entries, string? ContinuationToken)> QueryAppointmentsAsync(
        ServiceKind? service, CaseStage? stage, DateTimeOffset through, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        // Row keys start with the appointment's ticks; '~' sorts after the '_' that follows them.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {AppointmentPartition} and RowKey le {through.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "~"}");
        return await QueryAsync(filter, service, stage, null, continuationToken, pageSize, cancellationToken);
    }

    /// <summary>
    /// Moves the case's appointment row to <paramref name="appointmentKey"/> (or removes it). The main row, written after this,
    /// remembers the key, so a retry after a fault still finds and removes an earlier row.
    /// </summary>
    private async Task KeepAppointmentRowAsync(CaseIndexEntry entry, string rowKey, string? appointmentKey, CancellationToken cancellationToken)
    {
        var current = await Table.GetEntityIfExistsAsync<TableEntity>(OpenPartition, rowKey, [AppointmentKeyColumn], cancellationToken);
        var previous = current.HasValue ? current.Value!.GetString(AppointmentKeyColumn) : null;
        if (appointmentKey is not null)
        {
            await Table.UpsertEntityAsync(ToEntity(AppointmentPartition, appointmentKey, entry), TableUpdateMode.Replace, cancellationToken);
        }
        if (previous is not null && previous != appointmentKey)
        {
            await Table.DeleteEntityAsync(AppointmentPartition, previous, ETag.All, cancellationToken);
        }
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
        ["AppointmentAt"] = entry.AppointmentAt,
        ["PurgeDueAt"] = entry.PurgeDueAt,
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
        e.GetString("Outcome") is { } outcome ? Enum.Parse<CaseOutcome>(outcome) : null)
    {
        AppointmentAt = e.GetDateTimeOffset("AppointmentAt"),
        PurgeDueAt = e.GetDateTimeOffset("PurgeDueAt"),
    };
}
