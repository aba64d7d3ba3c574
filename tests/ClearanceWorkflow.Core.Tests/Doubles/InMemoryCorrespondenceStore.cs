using System.Text;
using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Core.Tests.Doubles;

/// <summary>Rendered items by case and item id.</summary>
public sealed class InMemoryCorrespondenceStore : ICorrespondenceStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string CaseNumber, string ItemId), byte[]> items = [];

    public Task SaveAsync(string caseNumber, string itemId, byte[] pdf, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            items[(caseNumber, itemId)] = pdf;
        }
        return Task.CompletedTask;
    }

    public Task<Stream?> OpenAsync(string caseNumber, string itemId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<Stream?>(items.TryGetValue((caseNumber, itemId), out var bytes) ? new MemoryStream(bytes, writable: false) : null);
        }
    }

    /// <summary>The text of an item rendered by <see cref="PlainTextRenderer"/>, or null when it was never stored.</summary>
    public string? TextOf(string caseNumber, string itemId)
    {
        lock (gate)
        {
            return items.TryGetValue((caseNumber, itemId), out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
        }
    }
}
