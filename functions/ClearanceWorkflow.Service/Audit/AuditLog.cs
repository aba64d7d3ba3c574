using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Specialized;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Service.Storage;

namespace ClearanceWorkflow.Service.Audit;

/// <summary>
/// The audit of staff access, append-only: append blobs per hour in the container <c>audit</c>
/// (<c>{yyyy-MM-dd}/{HH}.jsonl</c>, then <c>{HH}.1.jsonl</c>, <c>{HH}.2.jsonl</c>… every <see cref="BlocksPerBlob"/>
/// appends), one JSON line per call. The service only ever creates and appends to these blobs; in Azure the
/// container's immutability policy (append writes allowed) makes changing or deleting them impossible for anyone until
/// the retention period has passed, and a lifecycle rule deletes them after it.
/// <para>
/// Calls that end together are written together (group commit): each caller waits until its own line is stored, and
/// while one block is being written the lines that arrive meanwhile queue up for the next. Many staff calls at once cost
/// storage a few appends, not one each, and an hour's blob fills far more slowly.
/// </para>
/// </summary>
public sealed class AuditLog(StorageConnection storage, int blocksPerBlob = AuditLog.BlocksPerBlob) : IDisposable
{
    /// <summary>
    /// The appends a blob takes before the next segment starts. Storage refuses the 50,001st block of an append blob; and
    /// the emulator's cost of each append grows with the blocks the blob already holds (it keeps and saves their list), so
    /// segments stay small. Reading an hour reads its segments one after another.
    /// </summary>
    public const int BlocksPerBlob = 1_000;

    // Lines in one block at most: well below the 4 MiB a block may hold.
    private const int MaxBatch = 500;

    private readonly ConcurrentQueue<PendingLine> waiting = new();
    private readonly SemaphoreSlim writer = new(1, 1);
    // Per hour: the segment appended to now, and whether it is known to exist.
    private readonly ConcurrentDictionary<string, (int Segment, bool Created)> hours = new(StringComparer.Ordinal);

    /// <summary>Appends <paramref name="entry"/> to the hour it belongs to; returns once it is stored.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var pending = new PendingLine(entry, JsonSerializer.Serialize(entry, CaseJson.Options) + "\n");
        waiting.Enqueue(pending);
        while (!pending.Stored.Task.IsCompleted)
        {
            await writer.WaitAsync(cancellationToken);
            try
            {
                if (!pending.Stored.Task.IsCompleted)
                {
                    await WriteWaitingAsync(cancellationToken);
                }
            }
            finally
            {
                writer.Release();
            }
        }
        await pending.Stored.Task;
    }

    /// <summary>Writes what waits (up to a batch), one block per hour; every line written or failed with its block.</summary>
    private async Task WriteWaitingAsync(CancellationToken cancellationToken)
    {
        var batch = new List<PendingLine>();
        while (batch.Count < MaxBatch && waiting.TryDequeue(out var next))
        {
            batch.Add(next);
        }
        foreach (var hour in batch.GroupBy(p => Hour(p.Entry.At)))
        {
            try
            {
                await AppendBlockAsync(hour.Key, string.Concat(hour.Select(p => p.Line)), cancellationToken);
                foreach (var p in hour)
                {
                    p.Stored.TrySetResult();
                }
            }
            catch (Exception e)
            {
                foreach (var p in hour)
                {
                    p.Stored.TrySetException(e);
                }
            }
        }
    }

    private async Task AppendBlockAsync(DateTimeOffset hour, string lines, CancellationToken cancellationToken)
    {
        var key = BlobName(hour, 0);
        var (segment, created) = hours.GetValueOrDefault(key);
        while (true)
        {
            var blob = Container.GetAppendBlobClient(BlobName(hour, segment));
            if (!created)
            {
                await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                created = true;
                hours[key] = (segment, created);
            }
            try
            {
                using var content = new MemoryStream(Encoding.UTF8.GetBytes(lines));
                var appended = await blob.AppendBlockAsync(content, cancellationToken: cancellationToken);
                if (appended.Value.BlobCommittedBlockCount >= blocksPerBlob)
                {
                    hours[key] = (segment + 1, false);
                }
                return;
            }
            catch (RequestFailedException e) when (e.ErrorCode == "BlockCountExceedsLimit")
            {
                // Full (another process filled it, or this one restarted): the next segment.
                (segment, created) = (segment + 1, false);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    /// <summary>A line waiting to be stored, and who waits on it.</summary>
    private sealed record PendingLine(AuditEntry Entry, string Line)
    {
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// The entries of the query's span that match its filters, oldest first, a page at most; the token resumes after the
    /// last one returned (null at the end).
    /// </summary>
    public async Task<(IReadOnlyList<AuditEntry> Entries, string? ContinuationToken)> QueryAsync(
        AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = new List<AuditEntry>();
        var (startHour, skip) = query.ContinuationToken is { } token ? Resume(token) : (Hour(query.From), 0);
        for (var hour = startHour; hour <= Hour(query.To); hour = hour.AddHours(1))
        {
            var lines = await ReadHourAsync(hour, cancellationToken);
            for (var i = hour == startHour ? skip : 0; i < lines.Count; i++)
            {
                var entry = JsonSerializer.Deserialize<AuditEntry>(lines[i], CaseJson.Options)!;
                if (entry.At < query.From || entry.At > query.To || !query.Matches(entry))
                {
                    continue;
                }
                entries.Add(entry);
                if (entries.Count == query.PageSize)
                {
                    return (entries, Token(hour, i + 1));
                }
            }
        }
        return (entries, null);
    }

    private Azure.Storage.Blobs.BlobContainerClient Container => storage.Blobs.GetBlobContainerClient(StorageNames.AuditContainer);

    /// <summary>The lines of an hour: its segments in order, each read whole.</summary>
    private async Task<IReadOnlyList<string>> ReadHourAsync(DateTimeOffset hour, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        for (var segment = 0; ; segment++)
        {
            try
            {
                var content = await Container.GetBlobClient(BlobName(hour, segment)).DownloadContentAsync(cancellationToken);
                lines.AddRange(content.Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return lines;
            }
        }
    }

    private static string BlobName(DateTimeOffset hour, int segment) => hour.UtcDateTime.ToString(
        segment == 0 ? "yyyy-MM-dd'/'HH'.jsonl'" : $"yyyy-MM-dd'/'HH'.{segment}.jsonl'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Hour(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month, at.UtcDateTime.Day, at.UtcDateTime.Hour, 0, 0, TimeSpan.Zero);

    private static string Token(DateTimeOffset hour, int line) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{hour:O}|{line}")));

    private static (DateTimeOffset Hour, int Line) Resume(string token)
    {
        var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|');
        return (Hour(DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture)), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Whether <paramref name="token"/> is one this log handed out.</summary>
    public static bool IsToken(string token)
    {
        try
        {
            var (_, line) = Resume(token);
            return line >= 0;
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException)
        {
            return false;
        }
    }
}

/// <summary>What an auditor asks of the audit.</summary>
public sealed record AuditQuery(DateTimeOffset From, DateTimeOffset To, string? CaseNumber, string? StaffId, int PageSize, string? ContinuationToken)
{
    /// <summary>Whether <paramref name="entry"/> passes the case and staff filters.</summary>
    public bool Matches(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (CaseNumber is null || string.Equals(entry.CaseNumber, CaseNumber, StringComparison.Ordinal))
            && (StaffId is null || string.Equals(entry.StaffId, StaffId, StringComparison.Ordinal));
    }
}
