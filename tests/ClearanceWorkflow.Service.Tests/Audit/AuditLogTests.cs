using Azure.Storage.Blobs.Specialized;
using ClearanceWorkflow.Service.Audit;
using ClearanceWorkflow.Service.Storage;
using ClearanceWorkflow.TestSupport;
using Microsoft.Extensions.Configuration;

namespace ClearanceWorkflow.Service.Tests.Audit;

/// <summary>The audit on Azurite: calls ending together share a block, and a full blob goes on in the next one, losing nothing.</summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Hour = new(2026, 11, 29, 14, 0, 0, TimeSpan.Zero);
    private AzuriteProcess? azurite;
    private StorageConnection? storage;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        storage = StorageConnection.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageConnection.Setting] = azurite.ConnectionString }).Build());
        await storage.Blobs.GetBlobContainerClient(StorageNames.AuditContainer).CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    private static AuditEntry Entry(int i) => new(Hour.AddSeconds(i), $"staff-{i}", ["intake"], "GET", "GetCase", null, 200);

    [Fact]
    public async Task Two_hundred_calls_at_once_are_each_recorded_once_in_far_fewer_blocks()
    {
        using var log = new AuditLog(storage!);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => log.AppendAsync(Entry(i), CancellationToken.None))));

        var (entries, _) = await log.QueryAsync(new AuditQuery(Hour, Hour.AddHours(1), null, null, 500, null), CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"staff-{i}").Order(), entries.Select(e => e.StaffId!).Order());
        var blob = storage!.Blobs.GetBlobContainerClient(StorageNames.AuditContainer).GetAppendBlobClient("2026-11-29/14.jsonl");
        Assert.True((await blob.GetPropertiesAsync()).Value.BlobCommittedBlockCount < 200);
    }

    [Fact]
    public async Task A_full_blob_goes_on_in_the_next_segment_and_the_hour_reads_back_whole_and_in_order()
    {
        using var log = new AuditLog(storage!, blocksPerBlob: 3);
        for (var i = 0; i < 7; i++)
        {
            await log.AppendAsync(Entry(i), CancellationToken.None);
        }

        var names = new List<string>();
        await foreach (var blob in storage!.Blobs.GetBlobContainerClient(StorageNames.AuditContainer).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "2026-11-29/", CancellationToken.None))
        {
            names.Add(blob.Name);
        }
        Assert.Equal(["2026-11-29/14.1.jsonl", "2026-11-29/14.2.jsonl", "2026-11-29/14.jsonl"], names.Order(StringComparer.Ordinal));
        var (entries, _) = await log.QueryAsync(new AuditQuery(Hour, Hour.AddHours(1), null, null, 50, null), CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"staff-{i}"), entries.Select(e => e.StaffId!));
        // Paged across segments: the token resumes where the page ended.
        var (first, token) = await log.QueryAsync(new AuditQuery(Hour, Hour.AddHours(1), null, null, 4, null), CancellationToken.None);
        var (rest, end) = await log.QueryAsync(new AuditQuery(Hour, Hour.AddHours(1), null, null, 4, token), CancellationToken.None);
        Assert.Equal(entries.Select(e => e.StaffId), first.Concat(rest).Select(e => e.StaffId));
        Assert.Null(end);
    }
}
