using System.Collections.Concurrent;
using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Core.Tests.Doubles;

/// <summary>Records each destruction it is asked for: the tombstone left, by case number.</summary>
public sealed class InMemoryCaseRecordsDestroyer : ICaseRecordsDestroyer
{
    private readonly ConcurrentDictionary<string, CaseTombstone> tombstones = new(StringComparer.Ordinal);

    public Task DestroyAsync(CaseTombstone tombstone, CancellationToken cancellationToken)
    {
        tombstones[tombstone.CaseNumber] = tombstone;
        return Task.CompletedTask;
    }

    /// <summary>The tombstone of a destroyed case, or null.</summary>
    public CaseTombstone? TombstoneOf(string caseNumber) => tombstones.GetValueOrDefault(caseNumber);
}
