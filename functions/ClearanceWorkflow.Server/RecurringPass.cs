using ClearanceWorkflow.Service.Storage;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Server;

/// <summary>
/// The server's stand-in for a Functions timer trigger: runs <c>pass</c> every <c>interval</c> (the history purge of
/// destroyed cases, the retention sweep). Each pass is idempotent, so several server processes may run it.
/// </summary>
public sealed class RecurringPass(
    string name, TimeSpan interval, Func<DurableTaskClient, CancellationToken, Task> pass,
    DurableTaskClient client, StorageCircuit circuit, ILogger<RecurringPass> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
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
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
