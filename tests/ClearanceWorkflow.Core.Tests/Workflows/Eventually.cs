using System.Diagnostics;
using Xunit.Sdk;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>Polls until something holds, with an overall deadline, instead of sleeping for a guessed time.</summary>
public static class Eventually
{
    /// <summary>How long any one wait may take before the test fails; generous, since the in-memory backend backs off.</summary>
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(50);

    /// <summary>Probes until <paramref name="done"/> holds and returns the value that satisfied it; fails with <paramref name="what"/> otherwise.</summary>
    public static async Task<T> UntilAsync<T>(string what, Func<Task<T>> probe, Func<T, bool> done, Func<T, string> describe)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var last = await probe();
            if (done(last))
            {
                return last;
            }
            if (clock.Elapsed > Within)
            {
                throw new XunitException($"Waited {Within.TotalSeconds:0} s for {what}, but it did not happen. Last seen: {describe(last)}");
            }
            await Task.Delay(Every);
        }
    }
}
