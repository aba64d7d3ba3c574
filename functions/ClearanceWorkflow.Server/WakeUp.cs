namespace ClearanceWorkflow.Server;

/// <summary>
/// Tells a recurring pass that there is work for it now rather than at its next interval: the backend's commit of a case
/// that finished wakes the pass that moves closed cases out of the backend.
/// </summary>
public sealed class WakeUp
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = New();

    /// <summary>Wakes whoever waits on the task <see cref="Armed"/> handed out.</summary>
    public void Wake()
    {
        lock (gate)
        {
            next.TrySetResult();
        }
    }

    /// <summary>A task that completes at the next <see cref="Wake"/> after this call.</summary>
    public Task Armed()
    {
        lock (gate)
        {
            if (next.Task.IsCompleted)
            {
                next = New();
            }
            return next.Task;
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
