using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Core.Tests.Doubles;

/// <summary>The mailroom's outbox, by case and item id.</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string CaseNumber, string ItemId), OutboxItem> items = [];

    public Task AddAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            items.TryAdd((item.CaseNumber, item.ItemId), item);
        }
        return Task.CompletedTask;
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
