using System.Diagnostics;
using System.Globalization;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>What one kind of request costs the emulator: its latency and the emulator's CPU per request.</summary>
public static class EmulatorCost
{
    /// <summary>Runs <paramref name="operation"/> <paramref name="times"/> times, one after another; returns "p50 / p95 ms | CPU ms per request".</summary>
    public static async Task<string> MeasureAsync(AzuriteProcess azurite, int times, Func<int, Task> operation)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        ArgumentNullException.ThrowIfNull(operation);
        var cpuBefore = Proc.CpuSeconds(azurite.ProcessIds);
        var elapsed = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var watch = Stopwatch.StartNew();
            await operation(i);
            elapsed.Add(watch.Elapsed.TotalMilliseconds);
        }
        var cpu = (Proc.CpuSeconds(azurite.ProcessIds) - cpuBefore) * 1000 / times;
        elapsed.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{elapsed[times / 2]:0.0} / {elapsed[times * 95 / 100]:0.0} ms | {cpu:0.0}");
    }
}
