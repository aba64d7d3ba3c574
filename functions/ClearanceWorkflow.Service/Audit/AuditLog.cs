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
/// The audit of staff access, append-only: one append blob per hour in the container <c>audit</c>
/// (<c>{yyyy-MM-dd}/{HH}.jsonl</c>), one JSON line per call. The service only ever creates and appends to these blobs; in
/// Azure the container's immutability policy (append writes allowed) makes changing or deleting them impossible for
/// anyone until the retention period has passed, and a lifecycle rule deletes them after it.
/// </summary>
public sealed class AuditLog(StorageConnection storage)
{
    private readonly ConcurrentDictionary<string, bool> created = new(StringComparer.Ordinal);

    /// <summary>Appends <paramref name="entry"/> to the hour it belongs to.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var blob = Container.GetAppendBlobClient(BlobName(entry.At));
        if (!created.ContainsKey(blob.Name))
        {
            await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            created.TryAdd(blob.Name, true);
        }
        var line = JsonSerializer.Serialize(entry, CaseJson.Options) + "\n";
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(line));
        await blob.AppendBlockAsync(content, cancellationToken: cancellationToken);
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

    private async Task<IReadOnlyList<string>> ReadHourAsync(DateTimeOffset hour, CancellationToken cancellationToken)
    {
        try
        {
            var content = await Container.GetBlobClient(BlobName(hour)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    private static string BlobName(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'/'HH'.jsonl'", CultureInfo.InvariantCulture);

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
