using System.Diagnostics;
using ClearanceWorkflow.Core.Activities;
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
    /// <summary>The span tags that may carry a storage address: a scan's name is its station's file name, which may hold a name.</summary>
    private static readonly string[] AddressTags = ["url.full", "http.url", "url.path", "server.address.path", "az.blob.name"];

    /// <summary>Adds the pipeline; returns whether an exporter is configured.</summary>
    public static bool AddClearanceTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return false;
        }
        // The Azure SDK's activity sources are off unless asked for.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("ClearanceWorkflow"))
            .WithTracing(t => t
                .AddSource(CaseMetrics.Name, "Microsoft.DurableTask", "DurableTask.Core", "Azure.*")
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/console", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddProcessor(new StorageAddressScrubber()))
            .WithMetrics(m => m
                .AddMeter(CaseMetrics.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging()
            .UseOtlpExporter();
        return true;
    }

    /// <summary>
    /// Keeps of a client span's storage address only the account and the container: the rest of a blob's name may be a
    /// station's file name. Server spans keep their path (case numbers only, never personal data).
    /// </summary>
    private sealed class StorageAddressScrubber : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            if (data.Kind == ActivityKind.Server)
            {
                return;
            }
            foreach (var tag in AddressTags)
            {
                if (data.GetTagItem(tag) is string value)
                {
                    data.SetTag(tag, Scrub(value));
                }
            }
            if (data.DisplayName.Contains('/', StringComparison.Ordinal))
            {
                data.DisplayName = Scrub(data.DisplayName);
            }
        }

        private static string Scrub(string address) =>
            Uri.TryCreate(address, UriKind.Absolute, out var uri)
                ? $"{uri.Scheme}://{uri.Authority}/{string.Join('/', uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(2))}"
                : string.Join('/', address.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(2));
    }
}
