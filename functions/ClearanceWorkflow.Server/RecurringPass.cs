using ClearanceWorkflow.Service.Storage;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Server;

/// <summary>
/// The server's stand-in for a Functions timer trigger: runs <c>pass</c> every <c>interval</c> (the history purge of
/// destroyed cases, the retention sweep), and also soon after <c>wakeUp</c> says there is work (at most once every
/// <see cref="WokenGap"/>). Each pass is idempotent, so several server processes may run it.
/// </summary>
public sealed class RecurringPass(
    string name, TimeSpan interval, Func<DurableTaskClient, CancellationToken, Task> pass,
    DurableTaskClient client, StorageCircuit circuit, ILogger<RecurringPass> logger, WakeUp? wakeUp = null) : BackgroundService
{
    /// <summary>How long a woken pass waits before it runs, so that the work of several wake-ups is done in one pass.</summary>
    public static readonly TimeSpan WokenGap = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Armed before the pass: work that arrives while it runs wakes the next one.
            var woken = wakeUp?.Armed();
            try
            {
                await circuit.Pipeline.ExecuteAsync(async ct => await pass(client, ct), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Pass} pass failed; it runs again in {Interval}", name, interval);
            }
            try
            {
                var due = Task.Delay(interval, stoppingToken);
                if (woken is not null && await Task.WhenAny(due, woken) == woken)
                {
                    await Task.Delay(WokenGap, stoppingToken);
                }
                else
                {
                    await due;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
