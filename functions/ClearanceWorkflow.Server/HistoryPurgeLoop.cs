using ClearanceWorkflow.Service.Storage;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Server;

/// <summary>
/// The server's stand-in for the Functions timer that purges the history of destroyed cases: every
/// <c>Durable:HistoryPurgeInterval</c>, each case whose records were destroyed and whose orchestration has finished loses
/// its history. Purging is idempotent, so several server processes may run it.
/// </summary>
public sealed class HistoryPurgeLoop(
    CaseHistoryPurges purges, DurableTaskClient client, StorageCircuit circuit, ILogger<HistoryPurgeLoop> logger, TimeSpan interval) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await circuit.Pipeline.ExecuteAsync(async ct => await purges.PurgeFinishedAsync(client, ct), stoppingToken);
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "History purge pass failed");
                await Task.Delay(interval, stoppingToken);
            }
        }
    }
}
