using System.Collections.Concurrent;

namespace ClearanceWorkflow.Service.Documents;

/// <summary>
/// Scans that fail ingestion again and again (a name storage refuses to address, say): after <see cref="Attempts"/>
/// failures the scan watcher stops retrying one, reports it once, and <c>/api/health</c> counts it. Kept per process: a
/// restarted server tries each again, then sets it aside again. (On Functions the blob trigger's own poison queue does this.)
/// </summary>
public sealed class PoisonScans
{
    /// <summary>How many failed passes set a scan aside.</summary>
    public const int Attempts = 3;

    private readonly ConcurrentDictionary<string, int> failures = new(StringComparer.Ordinal);

    /// <summary>How many scans are set aside.</summary>
    public int Count => failures.Count(f => f.Value >= Attempts);

    /// <summary>Whether <paramref name="blobName"/> is set aside and is not to be tried again.</summary>
    public bool IsSetAside(string blobName) => failures.TryGetValue(blobName, out var n) && n >= Attempts;

    /// <summary>Counts a failure of <paramref name="blobName"/>; true when this one sets it aside.</summary>
    public bool Failed(string blobName) => failures.AddOrUpdate(blobName, 1, (_, n) => n + 1) == Attempts;

    /// <summary>Forgets a scan that was ingested after all.</summary>
    public void Forget(string blobName) => failures.TryRemove(blobName, out _);

    /// <summary>Forgets every scan not among <paramref name="listed"/> (gone from the container since).</summary>
    public void KeepOnly(IReadOnlySet<string> listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        foreach (var name in failures.Keys.Where(n => !listed.Contains(n)))
        {
            failures.TryRemove(name, out _);
        }
    }
}
