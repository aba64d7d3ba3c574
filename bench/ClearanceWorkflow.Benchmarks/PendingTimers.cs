using System.Globalization;
using Azure.Storage.Queues;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>
/// What a waiting durable timer costs the emulator: a timer is a queue message made invisible until its deadline, and
/// every case leaves one per wait until that deadline passes. This puts invisible messages in one queue and times
/// receiving from another, empty queue of the same account, as the engine's pollers do all the time.
/// </summary>
public static class PendingTimers
{
    private static readonly int[] Pending = [0, 1000, 3000, 10000];
    private const int Receives = 200;

    /// <summary>Runs the measurement and prints one table.</summary>
    public static async Task RunAsync()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var timers = new QueueClient(azurite.ConnectionString, "timers");
        var polled = new QueueClient(azurite.ConnectionString, "polled");
        await timers.CreateAsync();
        await polled.CreateAsync();
        Console.WriteLine("| invisible messages in the account | receive from an empty queue p50 / p95 | Azurite CPU ms per receive |");
        Console.WriteLine("|---|---|---|");
        var sent = 0;
        foreach (var target in Pending)
        {
            // Invisible for two days, as a stage's deadline timer is.
            await Parallel.ForEachAsync(Enumerable.Range(sent, target - sent), new ParallelOptions { MaxDegreeOfParallelism = 16 },
                async (_, ct) => await timers.SendMessageAsync("timer", visibilityTimeout: TimeSpan.FromDays(2), cancellationToken: ct));
            sent = target;
            var cost = await EmulatorCost.MeasureAsync(azurite, Receives, _ => polled.ReceiveMessagesAsync(maxMessages: 32));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {target:N0} | {cost} |"));
        }
    }
}
