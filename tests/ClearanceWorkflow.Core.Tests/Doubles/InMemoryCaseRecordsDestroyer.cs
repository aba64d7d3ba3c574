using System.Collections.Concurrent;
using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Core.Tests.Doubles;

/// <summary>Records each destruction it is asked for: the tombstone left, by case number; fails first when told to (an outage).</summary>
public sealed class InMemoryCaseRecordsDestroyer : ICaseRecordsDestroyer
{
    private readonly ConcurrentDictionary<string, CaseTombstone> tombstones = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> failing = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);

    public Task DestroyAsync(CaseTombstone tombstone, CancellationToken cancellationToken)
    {
        var attempt = attempts.AddOrUpdate(tombstone.CaseNumber, 1, (_, n) => n + 1);
        if (attempt <= failing.GetValueOrDefault(tombstone.CaseNumber))
        {
            throw new InvalidOperationException("Storage is not answering.");
        }
        tombstones[tombstone.CaseNumber] = tombstone;
        return Task.CompletedTask;
    }

    /// <summary>Makes the first <paramref name="attempts"/> destructions of <paramref name="caseNumber"/> fail.</summary>
    public void FailFirst(string caseNumber, int attempts) => failing[caseNumber] = attempts;

    /// <summary>How many times the destruction of <paramref name="caseNumber"/> was attempted.</summary>
    public int AttemptsOf(string caseNumber) => attempts.GetValueOrDefault(caseNumber);

    /// <summary>The tombstone of a destroyed case, or null.</summary>
    public CaseTombstone? TombstoneOf(string caseNumber) => tombstones.GetValueOrDefault(caseNumber);
}
