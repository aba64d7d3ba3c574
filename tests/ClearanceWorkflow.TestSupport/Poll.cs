namespace ClearanceWorkflow.TestSupport;

/// <summary>Waits for something to become true by polling with a deadline: tests never sleep a fixed time.</summary>
public static class Poll
{
    /// <summary>The pause between two looks.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>The default deadline: generous, because CI machines are slow, and only reached when something is broken.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Polls <paramref name="probe"/> until it returns a value that satisfies <paramref name="done"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        T last = default!;
        Exception? lastError = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await probe();
                if (done(last))
                {
                    return last;
                }
                lastError = null;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                lastError = e;
            }
            await Task.Delay(interval ?? Interval);
        }
        throw new TimeoutException($"Timed out waiting for {what}. Last seen: {last}", lastError);
    }
}
