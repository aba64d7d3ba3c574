using System.Diagnostics;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>
/// How fast the machine is right now, apart from storage: this machine's speed drifts by up to 2× within an hour, so a
/// benchmark that compares rows taken half an hour apart needs it. Sorts the same million numbers on one core (the
/// emulator's own hot path is sorting its collections) and returns the median of five rounds, in ms: lower is faster.
/// </summary>
public static class MachineProbe
{
    private const int Count = 1_000_000;

    /// <summary>Median time of one round, in ms.</summary>
    public static double Milliseconds()
    {
        var random = new Random(20261203);
        var source = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            source[i] = random.NextDouble();
        }
        var work = new double[Count];
        var rounds = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            source.CopyTo(work, 0);
            var watch = Stopwatch.StartNew();
            Array.Sort(work);
            rounds.Add(watch.Elapsed.TotalMilliseconds);
        }
        rounds.Sort();
        return rounds[rounds.Count / 2];
    }
}
