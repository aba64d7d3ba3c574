using ClearanceWorkflow.Core.Workflows;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Storage;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;

namespace ClearanceWorkflow.Server;

/// <summary>
/// The durable plumbing of the server: <c>AzureStorageOrchestrationService</c> behind the in-process gRPC sidecar,
/// and the Durable Task worker and client talking to that sidecar over loopback.
/// </summary>
public static class DurableBackend
{
    /// <summary>Registers the backend, the sidecar, the worker (with every case task) and the client; <paramref name="caseFinished"/> is woken when a case's orchestration completes.</summary>
    public static IServiceCollection AddDurableBackend(this IServiceCollection services, DurableBackendOptions options, IConfiguration configuration, WakeUp caseFinished)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A server renews its partition leases once a pass: a lease shorter than two passes lapses between them.
        if (options.LeaseInterval < 2 * options.LeaseAcquireInterval)
        {
            throw new InvalidOperationException(
                $"{DurableBackendOptions.Section}:{nameof(DurableBackendOptions.LeaseInterval)} ({options.LeaseInterval}) must be at least twice "
                + $"{DurableBackendOptions.Section}:{nameof(DurableBackendOptions.LeaseAcquireInterval)} ({options.LeaseAcquireInterval}).");
        }
        services.AddSingleton(sp =>
        {
            var connectionString = configuration[StorageConnection.Setting];
            var accountName = configuration[$"{StorageConnection.Setting}:accountName"];
            var provider = !string.IsNullOrWhiteSpace(connectionString)
                ? new StorageAccountClientProvider(connectionString)
                : !string.IsNullOrWhiteSpace(accountName)
                    ? new StorageAccountClientProvider(accountName, new Azure.Identity.DefaultAzureCredential())
                    : throw new InvalidOperationException(
                        $"Set {StorageConnection.Setting} (a connection string) or {StorageConnection.Setting}__accountName (identity-based).");
            return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
            {
                TaskHubName = options.TaskHub,
                StorageAccountClientProvider = provider,
                WorkerId = options.WorkerId,
                PartitionCount = options.PartitionCount,
                MaxQueuePollingInterval = options.MaxQueuePollingInterval,
                MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
                MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
                ControlQueueVisibilityTimeout = options.MessageVisibilityTimeout,
                WorkItemQueueVisibilityTimeout = options.MessageVisibilityTimeout,
                // Partition leases are rows of the task hub's partition table (the backend's and Durable Functions' default,
                // pinned so the lease timings below keep their meaning); each pass over it renews this server's leases.
                UseTablePartitionManagement = true,
                LeaseInterval = options.LeaseInterval,
                LeaseAcquireInterval = options.LeaseAcquireInterval,
                LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
            });
        });
        // Readers waiting for a case's view are woken by this backend's commits (CaseChanges).
        services.AddSingleton(new CaseChanges(reportsCommits: true));
        services.AddSingleton<IOrchestrationService>(sp => new CommitReportingOrchestrationService(
            sp.GetRequiredService<AzureStorageOrchestrationService>(), sp.GetRequiredService<CaseChanges>(), caseFinished));
        services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        services.AddGrpc();
        services.AddSingleton<TaskHubGrpcServer>();

        // Every call on the sidecar's port carries this process's secret (see SidecarToken).
        var token = new SidecarToken();
        services.AddSingleton(token);
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{options.SidecarPort}", new GrpcChannelOptions { HttpHandler = token.Handler() });
        services.AddDurableTaskWorker(builder =>
        {
            builder.UseGrpc(channel);
            builder.AddTasks(registry => registry.AddCaseTasks());
            builder.Configure(worker => worker.MaximumTimerInterval = options.MaximumTimerInterval);
        });
        services.AddDurableTaskClient(builder => builder.UseGrpc(channel));
        return services;
    }
}
