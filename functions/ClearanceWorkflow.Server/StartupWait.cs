using ClearanceWorkflow.Service.Storage;
using DurableTask.AzureStorage;

namespace ClearanceWorkflow.Server;

/// <summary>Before serving: wait for storage (it may still be starting), then create what the service and the task hub need.</summary>
public static class StartupWait
{
    /// <summary>Waits with back-off until storage answers, then creates containers, tables and the task hub.</summary>
    public static async Task PrepareStorageAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupWait));
        var storage = services.GetRequiredService<StorageConnection>();
        var hub = services.GetRequiredService<AzureStorageOrchestrationService>();
        var attempt = 0;
        await services.GetRequiredService<StorageCircuit>().Pipeline.ExecuteAsync(async ct =>
        {
            if (++attempt > 1)
            {
                logger.LogWarning("Storage is not ready yet (attempt {Attempt}); waiting", attempt);
            }
            await StorageBootstrap.EnsureCreatedAsync(storage, ct);
            await hub.CreateIfNotExistsAsync();
        }, cancellationToken);
    }
}
