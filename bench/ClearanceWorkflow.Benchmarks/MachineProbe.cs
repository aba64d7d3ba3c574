using System.Diagnostics;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>
/// How fast the machine is right now, apart from storage: this machine's speed drifts by up to 2× within an hour, so a
/// benchmark that compares rows taken half an hour apart needs it. Sorts the same million numbers on one core (the
/// emulator's own hot path is sorting its collections) and returns the median of five rounds, in ms: lower is faster. The
/// other processes may still be busy with the last row (a save, an archive pass), so it is taken again until two takes agree.
/// </summary>
public static class MachineProbe
{
    private const int Count = 1_000_000;

    private const int MostTakes = 8;

    /// <summary>Median time of one round, in ms, once two takes in a row agree within a tenth (or after eight takes, the last).</summary>
    public static double Milliseconds()
    {
        var last = Take();
        for (var take = 1; take < MostTakes; take++)
        {
            var next = Take();
            if (Math.Abs(next - last) <= 0.1 * Math.Min(next, last))
            {
                return next;
            }
            last = next;
        }
        return last;
    }

    private static double Take()
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
