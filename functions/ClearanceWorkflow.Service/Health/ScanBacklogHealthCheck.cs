using ClearanceWorkflow.Service.Documents;
using ClearanceWorkflow.Service.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClearanceWorkflow.Service.Health;

/// <summary>
/// Scans are keeping up: Degraded (ready, but someone should look) when scans were set aside after failing every pass or
/// one has waited in <c>scans</c> longer than <see cref="LongWait"/>; a backlog never takes the host out of service, since
/// another host would face the same scans.
/// </summary>
public sealed class ScanBacklogHealthCheck(StorageConnection storage, PoisonScans poison, TimeProvider clock) : IHealthCheck
{
    /// <summary>A scan waiting longer than this is behind: ingestion takes seconds.</summary>
    public static readonly TimeSpan LongWait = TimeSpan.FromMinutes(5);

    /// <summary>Scans counted at most: enough to tell a backlog, cheap to list.</summary>
    public const int Listed = 500;

    /// <summary>The data keys.</summary>
    public const string PoisonScansKey = "poisonScans", PendingScansKey = "pendingScans";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = 0;
        DateTimeOffset? oldest = null;
        await foreach (var blob in storage.Blobs.GetBlobContainerClient(StorageNames.ScansContainer).GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var written = blob.Properties.CreatedOn ?? blob.Properties.LastModified;
            oldest = written is { } w && (oldest is null || w < oldest) ? w : oldest;
            if (++pending >= Listed)
            {
                break;
            }
        }
        var data = new Dictionary<string, object> { [PoisonScansKey] = poison.Count, [PendingScansKey] = pending };
        if (poison.Count > 0)
        {
            return HealthCheckResult.Degraded($"{poison.Count} scan(s) set aside after failing every pass", data: data);
        }
        return oldest is { } first && clock.GetUtcNow() - first > LongWait
            ? HealthCheckResult.Degraded($"a scan has waited more than {LongWait.TotalMinutes:0} minutes", data: data)
            : HealthCheckResult.Healthy($"{pending} scan(s) waiting", data);
    }
}
