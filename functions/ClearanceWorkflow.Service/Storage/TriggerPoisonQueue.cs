using System.Text;
using Azure.Storage.Queues.Models;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// The queue where the Functions host puts a blob its trigger gave up on after five deliveries. Each message names the
/// blob, and a scan's name ends in its station's file name, which may hold a person's name: a destruction removes those
/// of its case. The self-hosted server never writes to it (its scan watcher sets a failing scan aside in memory).
/// </summary>
public sealed class TriggerPoisonQueue(StorageConnection storage)
{
    /// <summary>The host's name for the queue.</summary>
    public const string Name = "webjobs-blobtrigger-poison";

    // Long enough to look at every message once; the others are shown again at once afterwards.
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(1);

    /// <summary>Deletes the messages that name a scan of <paramref name="caseNumber"/>; returns how many.</summary>
    public async Task<int> ForgetAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var queue = storage.Queues.GetQueueClient(Name);
        if (!(await queue.ExistsAsync(cancellationToken)).Value)
        {
            return 0;
        }
        var held = new List<QueueMessage>();
        var deleted = 0;
        try
        {
            while ((await queue.ReceiveMessagesAsync(32, Hold, cancellationToken)).Value is { Length: > 0 } batch)
            {
                foreach (var message in batch)
                {
                    if (Names(message, caseNumber))
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                        deleted++;
                    }
                    else
                    {
                        held.Add(message);
                    }
                }
            }
        }
        finally
        {
            foreach (var message in held)
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None);
            }
        }
        return deleted;
    }

    /// <summary>Whether the message (JSON, plain or base64 as the host writes it) names a blob under the case's folder.</summary>
    private static bool Names(QueueMessage message, string caseNumber)
    {
        var folder = caseNumber + "/";
        var text = message.Body.ToString();
        if (text.Contains(folder, StringComparison.Ordinal))
        {
            return true;
        }
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var written)
            && Encoding.UTF8.GetString(bytes, 0, written).Contains(folder, StringComparison.Ordinal);
    }
}
