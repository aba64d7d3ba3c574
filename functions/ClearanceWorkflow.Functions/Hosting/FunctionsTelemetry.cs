using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using ClearanceWorkflow.Service.Telemetry;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ClearanceWorkflow.Functions.Hosting;

/// <summary>Where the Functions app's telemetry goes: OTLP, Azure Monitor, both, or nowhere.</summary>
[Flags]
public enum TelemetryExporters
{
    /// <summary>No exporter is configured: OpenTelemetry is not added.</summary>
    None = 0,
    /// <summary>OTLP, to <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    Otlp = 1,
    /// <summary>Azure Monitor (Application Insights), to <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>.</summary>
    AzureMonitor = 2,
}

/// <summary>
/// The Functions app's OpenTelemetry: the worker's invocations, the Durable Task client and worker, the Azure SDK's
/// storage calls and HttpClient traced (storage addresses cut by the same <see cref="StorageAddressScrubber"/> as the
/// server), the service's meter, and the logs; exported over OTLP and/or to Azure Monitor when configured, nothing otherwise.
/// </summary>
public static class FunctionsTelemetry
{
    /// <summary>The OTLP endpoint setting (with the standard <c>OTEL_*</c> settings beside it).</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The Application Insights connection string, set by the Bicep in Azure.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The Functions host's Entra sign-in for Application Insights (<c>ClientId=…;Authorization=AAD</c>), which the exporter follows too.</summary>
    public const string AuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>Which exporters <paramref name="configuration"/> asks for.</summary>
    public static TelemetryExporters Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return (string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]) ? TelemetryExporters.None : TelemetryExporters.Otlp)
            | (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]) ? TelemetryExporters.None : TelemetryExporters.AzureMonitor);
    }

    /// <summary>
    /// The managed identity the exporter signs in with, from the authentication setting's <c>ClientId</c> under
    /// <c>Authorization=AAD</c>; null (the connection string's key) otherwise.
    /// </summary>
    public static TokenCredential? AzureMonitorCredential(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var parts = (configuration[AuthenticationSetting] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        return parts.GetValueOrDefault("Authorization") is { } auth && auth.Equals("AAD", StringComparison.OrdinalIgnoreCase)
            && parts.GetValueOrDefault("ClientId") is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : null;
    }

    /// <summary>Adds the pipeline when an exporter is configured; returns the exporters added.</summary>
    public static TelemetryExporters AddClearanceFunctionsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var exporters = Configured(configuration);
        if (exporters == TelemetryExporters.None)
        {
            return exporters;
        }
        TelemetrySources.EnableAzureSdkSources();
        var credential = AzureMonitorCredential(configuration);
        var connectionString = configuration[ConnectionStringSetting];
        void AzureMonitor(AzureMonitorExporterOptions o)
        {
            o.ConnectionString = connectionString;
            o.Credential = credential;
        }
        var azure = exporters.HasFlag(TelemetryExporters.AzureMonitor);
        // The worker's defaults: its invocation spans and the Functions resource (site, region), which names the service.
        var telemetry = services.AddOpenTelemetry().UseFunctionsWorkerDefaults()
            .WithTracing(t =>
            {
                t.AddSource(TelemetrySources.Traces).AddHttpClientInstrumentation().AddProcessor(new StorageAddressScrubber());
                if (azure)
                {
                    t.AddAzureMonitorTraceExporter(AzureMonitor);
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(TelemetrySources.Meter).AddHttpClientInstrumentation();
                if (azure)
                {
                    m.AddAzureMonitorMetricExporter(AzureMonitor);
                }
            })
            .WithLogging(l =>
            {
                if (azure)
                {
                    l.AddAzureMonitorLogExporter(AzureMonitor);
                }
            });
        if (exporters.HasFlag(TelemetryExporters.Otlp))
        {
            telemetry.UseOtlpExporter();
        }
        return exporters;
    }
}
