using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;

namespace ClearanceWorkflow.Core.Tests.Doubles;

/// <summary>Timeline rows keyed by case and sequence, like the table: writing a row again changes nothing.</summary>
public sealed class InMemoryCaseTimeline : ICaseTimeline
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string CaseNumber, int Sequence), TimelineEntry> rows = [];

    public Task AppendAsync(string caseNumber, IReadOnlyList<TimelineEntry> entries, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var entry in entries)
            {
                rows.TryAdd((caseNumber, entry.Sequence), entry);
            }
        }
        return Task.CompletedTask;
    }

    public Task<TimelineEntry> AppendAfterCloseAsync(string caseNumber, TimelineEntry entry, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var next = entry with { Sequence = rows.Keys.Where(k => k.CaseNumber == caseNumber).Select(k => k.Sequence).DefaultIfEmpty(0).Max() + 1 };
            rows[(caseNumber, next.Sequence)] = next;
            return Task.FromResult(next);
        }
    }

    public Task<IReadOnlyList<TimelineEntry>> ReadAsync(string caseNumber, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<TimelineEntry> entries = rows.Where(r => r.Key.CaseNumber == caseNumber)
                .Select(r => r.Value).OrderBy(e => e.Sequence).ToList();
            return Task.FromResult(entries);
        }
    }
}
