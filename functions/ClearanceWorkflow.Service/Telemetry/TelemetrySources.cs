using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Service.Telemetry;

/// <summary>The activity sources and meter both hosts trace and measure, so the two hosts' telemetry is the same.</summary>
public static class TelemetrySources
{
    /// <summary>The service's own source, the Durable Task client and worker, the backend, and the Azure SDK (storage).</summary>
    public static readonly string[] Traces = [CaseMetrics.Name, "Microsoft.DurableTask", "DurableTask.Core", "Azure.*"];

    /// <summary>The service's meter (<see cref="CaseMetrics"/>).</summary>
    public const string Meter = CaseMetrics.Name;

    /// <summary>The service name the resource carries.</summary>
    public const string ServiceName = "ClearanceWorkflow";

    /// <summary>Turns on the Azure SDK's activity sources, which are off unless asked for.</summary>
    public static void EnableAzureSdkSources() => AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
}
