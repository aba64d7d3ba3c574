using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>
/// What a .NET process holds alive on its managed heap: a full, blocking collection induced over the runtime's
/// diagnostics channel (as dotnet-gcdump does, without walking the objects), then the generation sizes it reports.
/// Resident memory also counts what the collector keeps committed for allocations to come and the code the JIT wrote;
/// this is only what is reachable.
/// </summary>
public static class LiveHeap
{
    /// <summary>The managed heap of <paramref name="pid"/> after a full collection, in MB.</summary>
    public static async Task<double> MegabytesAsync(int pid)
    {
        // GCHeapCollect asks the runtime for an induced full collection when the session starts; GC brings its events.
        var keywords = ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect;
        var provider = new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Informational, (long)keywords);
        using var session = new DiagnosticsClient(pid).StartEventPipeSession(provider, requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var live = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        var induced = false;
        source.Clr.GCStart += e => induced |= e.Reason == GCReason.Induced && e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (induced)
            {
                live.TrySetResult(e.TotalHeapSize / 1048576.0);
            }
        };
        var reading = Task.Run(source.Process);
        try
        {
            return await live.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            await session.StopAsync(CancellationToken.None);
            await reading;
        }
    }
}
