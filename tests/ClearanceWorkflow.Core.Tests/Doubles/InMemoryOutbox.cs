using System.Collections.Concurrent;
using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Core.Tests.Doubles;

/// <summary>The mailroom's outbox, by case and item id.</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string CaseNumber, string ItemId), OutboxItem> items = [];
    private readonly ConcurrentDictionary<string, TaskCompletionSource> held = new(StringComparer.Ordinal);

    public async Task AddAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            items.TryAdd((item.CaseNumber, item.ItemId), item);
        }
        if (held.TryGetValue(item.CaseNumber, out var release))
        {
            await release.Task;
        }
    }

    /// <summary>
    /// Keeps the activity that lists an item of <paramref name="caseNumber"/> from completing until the returned action is
    /// called: the outbox lists the item while the case has not gone on from placing it (as when the backend commits the
    /// activity before the status).
    /// </summary>
    public Action HoldAfterListing(string caseNumber)
    {
        var release = held.GetOrAdd(caseNumber, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return () => release.TrySetResult();
    }

    public Task RemoveAsync(string caseNumber, string itemId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            items.Remove((caseNumber, itemId));
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxItem>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<OutboxItem> waiting = items.Values.OrderBy(i => i.QueuedAt).ToList();
            return Task.FromResult(waiting);
        }
    }

    public Task<bool> ContainsAsync(string caseNumber, string itemId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(items.ContainsKey((caseNumber, itemId)));
        }
    }

    /// <summary>The items of one case waiting to be mailed.</summary>
    public IReadOnlyList<OutboxItem> ItemsOf(string caseNumber)
    {
        lock (gate)
        {
            return items.Values.Where(i => i.CaseNumber == caseNumber).OrderBy(i => i.QueuedAt).ToList();
        }
    }
}
