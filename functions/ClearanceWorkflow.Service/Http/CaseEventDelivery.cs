using ClearanceWorkflow.Core.Cases;
using Grpc.Core;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Http;

/// <summary>
/// Raises events on a case only once its orchestration has started. The Azure Storage backend drops an event that it
/// reads before the case's start message, as sent to no such instance. That happens when the start message is held by
/// another server (one giving up the case's partition, or killed) while the event waits in the queue: an event accepted
/// in the first second of a case would be lost. Raised after the start, an event waits in the case until it is taken.
/// </summary>
public static class CaseEventDelivery
{
    /// <summary>How long a staff request waits for a case it names to start running before answering 503.</summary>
    public static readonly TimeSpan RequestStartWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Raises <paramref name="caseEvent"/> on the case; unless the case has <paramref name="started"/>, first waits up to
    /// <paramref name="startWait"/> for it to, and when it has not, throws <see cref="TimeoutException"/> having raised nothing.
    /// </summary>
    public static async Task RaiseAsync(DurableTaskClient client, string caseNumber, CaseEvent caseEvent, bool started,
        TimeSpan startWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!started)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(startWait);
            try
            {
                await client.WaitForInstanceStartAsync(caseNumber, getInputsAndOutputs: false, wait.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled or StatusCode.DeadlineExceeded }
                && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Case {caseNumber} has not started running within {startWait}; no event was raised.", e);
            }
        }
        await client.RaiseEventAsync(caseNumber, CaseEvent.ExternalEventName, caseEvent, cancellationToken);
    }
}
