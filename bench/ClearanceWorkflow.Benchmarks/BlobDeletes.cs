using System.Globalization;
using Azure.Storage.Blobs;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>
/// What deleting a scan costs the emulator as it holds more blobs: every attached scan is deleted from <c>scans</c>, and
/// the emulator keeps every blob of every container in one collection. This stores blobs in another container, then times
/// writing and deleting one blob at a time in an inbox, as the scan watcher does.
/// </summary>
public static class BlobDeletes
{
    private static readonly int[] Stored = [0, 2000, 7000, 14000];
    private const int Deletes = 100;

    /// <summary>Runs the measurement and prints one table.</summary>
    public static async Task RunAsync()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var kept = new BlobContainerClient(azurite.ConnectionString, "kept");
        var inbox = new BlobContainerClient(azurite.ConnectionString, "inbox");
        await kept.CreateAsync();
        await inbox.CreateAsync();
        var page = BinaryData.FromBytes(new byte[1024]);
        Console.WriteLine("| blobs held in another container | delete from the inbox p50 / p95 | Azurite CPU ms per delete |");
        Console.WriteLine("|---|---|---|");
        var stored = 0;
        foreach (var target in Stored)
        {
            await Parallel.ForEachAsync(Enumerable.Range(stored, target - stored), new ParallelOptions { MaxDegreeOfParallelism = 16 },
                async (i, ct) => await kept.UploadBlobAsync($"case-{i:D6}/doc", page, ct));
            stored = target;
            var names = Enumerable.Range(0, Deletes).Select(i => $"{target}/{i}").ToList();
            foreach (var name in names)
            {
                await inbox.UploadBlobAsync(name, page);
            }
            var cost = await EmulatorCost.MeasureAsync(azurite, Deletes, i => inbox.DeleteBlobAsync(names[i]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {target:N0} | {cost} |"));
        }
    }
}
