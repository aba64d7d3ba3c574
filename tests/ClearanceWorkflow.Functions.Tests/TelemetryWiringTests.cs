using System.Diagnostics;
using Azure.Identity;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Functions.Hosting;
using ClearanceWorkflow.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>The Functions app exports telemetry only where it is told to, and storage addresses leave cut to their container.</summary>
public sealed class TelemetryWiringTests
{
    private const string ScanAddress = "http://127.0.0.1:10000/devstoreaccount1/scans/CASE-2026-000001/Maria Lopez birth certificate.pdf";

    static TelemetryWiringTests()
    {
        // The exporter's own usage reports go to Microsoft's endpoints: none from a test.
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_SDKSTATS_DISABLED_ALL", "true");
    }

    [Fact]
    public async Task Without_an_endpoint_or_a_connection_string_nothing_is_added()
    {
        var (exporters, services) = Build([]);
        await using (services)
        {
            Assert.Equal(TelemetryExporters.None, exporters);
            Assert.Null(services.GetService<TracerProvider>());
            Assert.Null(services.GetService<MeterProvider>());
        }
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_spans_and_metrics_go_there_with_the_scans_name_cut_off()
    {
        using var capture = new OtlpCapture();
        var (exporters, services) = Build(new(capture.Settings));
        await using (services)
        {
            Assert.Equal(TelemetryExporters.Otlp, exporters);
            EmitAndFlush(services);
            Assert.Equal("traces, metrics", await ReceivedAsync(capture, "traces", "metrics"));
            Assert.True(capture.Contains("devstoreaccount1/scans"), "the storage span's address (account and container)");
            Assert.False(capture.Contains("Maria Lopez"), "the exported span holds the scan's file name");
            Assert.DoesNotContain(capture.Exports, e => e.Signal == "track");
        }
    }

    [Fact]
    public async Task With_a_connection_string_the_Azure_Monitor_exporter_sends_to_its_ingestion_endpoint_and_OTLP_stays_off()
    {
        using var ingestion = new OtlpCapture();
        var (exporters, services) = Build(new()
        {
            [FunctionsTelemetry.ConnectionStringSetting] = $"InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:{ingestion.Port}/",
        });
        await using (services)
        {
            Assert.Equal(TelemetryExporters.AzureMonitor, exporters);
            EmitAndFlush(services);
            Assert.Equal("track", await ReceivedAsync(ingestion, "track"));
            Assert.Null(FunctionsTelemetry.AzureMonitorCredential(new ConfigurationBuilder().Build()));
        }
    }

    [Fact]
    public void Both_are_added_when_both_are_set_and_Azure_signs_in_with_the_identity_the_Bicep_names()
    {
        var both = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [FunctionsTelemetry.OtlpEndpointSetting] = "http://127.0.0.1:4318",
            [FunctionsTelemetry.ConnectionStringSetting] = "InstrumentationKey=00000000-0000-0000-0000-000000000000",
            // As api.bicep sets it for the Functions host.
            [FunctionsTelemetry.AuthenticationSetting] = "ClientId=11111111-2222-3333-4444-555555555555;Authorization=AAD",
        }).Build();
        Assert.Equal(TelemetryExporters.Otlp | TelemetryExporters.AzureMonitor, FunctionsTelemetry.Configured(both));
        Assert.IsType<ManagedIdentityCredential>(FunctionsTelemetry.AzureMonitorCredential(both));
    }

    private static (TelemetryExporters, ServiceProvider) Build(Dictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        var exporters = services.AddClearanceFunctionsTelemetry(configuration);
        return (exporters, services.BuildServiceProvider());
    }

    /// <summary>A storage client span as the Azure SDK writes it, a count of the service's meter, then a flush.</summary>
    private static void EmitAndFlush(ServiceProvider services)
    {
        var tracer = services.GetRequiredService<TracerProvider>();
        var meter = services.GetRequiredService<MeterProvider>();
        using (var source = new ActivitySource("Azure.Storage.Blobs.BlobClient"))
        using (var span = source.StartActivity("GET " + ScanAddress, ActivityKind.Client))
        {
            Assert.NotNull(span);
            span.SetTag("url.full", ScanAddress);
        }
        CaseMetrics.CasesOpened.Add(1, new KeyValuePair<string, object?>("service", "ClearanceLetter"));
        Assert.True(tracer.ForceFlush(10_000));
        Assert.True(meter.ForceFlush(10_000));
    }

    private static Task<string> ReceivedAsync(OtlpCapture capture, params string[] signals) =>
        Poll.UntilAsync(() => Task.FromResult(string.Join(", ", signals.Where(s => capture.Exports.Any(e => e.Signal == s)))),
            got => got == string.Join(", ", signals), $"exports of {string.Join(", ", signals)}");
}
