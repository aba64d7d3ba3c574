using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Core.Tests.Doubles;

/// <summary>The latest index row of each case.</summary>
public sealed class InMemoryCaseIndex : ICaseIndex
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, CaseIndexEntry> rows = new(StringComparer.Ordinal);

    public Task UpsertAsync(CaseIndexEntry entry, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            rows[entry.CaseNumber] = entry;
        }
        return Task.CompletedTask;
    }

    public CaseIndexEntry? Find(string caseNumber)
    {
        lock (gate)
        {
            return rows.GetValueOrDefault(caseNumber);
        }
    }
}
