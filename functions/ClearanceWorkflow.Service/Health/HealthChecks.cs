using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Service.Health;

/// <summary>The health checks both hosts run (ASP.NET Core health checks), by name, and their registration.</summary>
public static class HealthChecks
{
    /// <summary>The tag of the checks readiness runs; liveness runs none (the process answering is the proof).</summary>
    public const string Ready = "ready";

    /// <summary>The storage account answers and its circuit is closed.</summary>
    public const string Storage = "storage";

    /// <summary>The durable task hub answers.</summary>
    public const string DurableBackend = "durableBackend";

    /// <summary>Scans are not piling up: none set aside, none waiting long.</summary>
    public const string ScanBacklog = "scanBacklog";

    /// <summary>How long one check may take before it counts as failed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>Registers the checks.</summary>
    public static IServiceCollection AddClearanceHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<DurableProbeClient>();
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>(Storage, tags: [Ready], timeout: Timeout)
            .AddCheck<DurableBackendHealthCheck>(DurableBackend, tags: [Ready], timeout: Timeout)
            .AddCheck<ScanBacklogHealthCheck>(ScanBacklog, tags: [Ready], timeout: Timeout);
        return services;
    }
}
