using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Service.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ClearanceWorkflow.Server;

/// <summary>
/// OpenTelemetry: traces from the HTTP request through the Durable Task client, worker and backend to storage (the
/// Azure SDK's calls), the service's metrics (<see cref="CaseMetrics"/>) beside ASP.NET Core's and HttpClient's, and the
/// logs, correlated with the traces. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; nothing otherwise.
/// </summary>
public static class Telemetry
{
    /// <summary>Adds the pipeline; returns whether an exporter is configured.</summary>
    public static bool AddClearanceTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return false;
        }
        TelemetrySources.EnableAzureSdkSources();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(TelemetrySources.ServiceName))
            .WithTracing(t => t
                .AddSource(TelemetrySources.Traces)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/console", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddProcessor(new StorageAddressScrubber()))
            .WithMetrics(m => m
                .AddMeter(TelemetrySources.Meter)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging()
            .UseOtlpExporter();
        return true;
    }
}
