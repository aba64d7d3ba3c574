namespace ClearanceWorkflow.Service.Http;

/// <summary>
/// Wakes the readers waiting for a case to change (a view asked for with <c>Prefer: wait</c>) when the durable backend of
/// this process commits a step of that case. A hint, never the truth: a woken reader reads the case again, and a reader
/// also looks again every <see cref="LookAgainEvery"/>, for the steps another process committed (a second server, or the
/// Functions host, whose backend runs outside the worker and reports nothing).
/// </summary>
/// <param name="reportsCommits">True when the host calls <see cref="Committed"/> for every step its backend commits.</param>
public sealed class CaseChanges(bool reportsCommits)
{
    private readonly Dictionary<string, Waiting> waiting = new(StringComparer.Ordinal);

    /// <summary>How often a waiting reader reads the case again without being woken.</summary>
    public TimeSpan LookAgainEvery { get; } = reportsCommits ? TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(250);

    /// <summary>Cases with a reader waiting now (none is remembered once its readers are gone).</summary>
    public int CasesWatched
    {
        get
        {
            lock (waiting)
            {
                return waiting.Count;
            }
        }
    }

    /// <summary>
    /// A task that completes at the next commit of the case (or never, on a host that reports none). Taken before the read it
    /// guards, so a commit between that read and the wait is not missed; dispose the registration when done waiting.
    /// </summary>
    public Registration Watch(string caseNumber)
    {
        lock (waiting)
        {
            if (!waiting.TryGetValue(caseNumber, out var entry))
            {
                entry = new Waiting();
                waiting[caseNumber] = entry;
            }
            entry.Readers++;
            return new Registration(this, caseNumber, entry);
        }
    }

    /// <summary>Reports that the backend committed a step of the orchestration <paramref name="instanceId"/> (a case number).</summary>
    public void Committed(string instanceId)
    {
        Waiting? entry;
        lock (waiting)
        {
            if (!waiting.Remove(instanceId, out entry))
            {
                return;
            }
        }
        entry.Changed.TrySetResult();
    }

    private void Leave(string caseNumber, Waiting entry)
    {
        lock (waiting)
        {
            // Only the entry still registered: after a commit the readers of the old one start a new one.
            if (--entry.Readers == 0 && waiting.TryGetValue(caseNumber, out var current) && current == entry)
            {
                waiting.Remove(caseNumber);
            }
        }
    }

    /// <summary>Readers of one case waiting for its next commit.</summary>
    internal sealed class Waiting
    {
        public TaskCompletionSource Changed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Readers { get; set; }
    }

    /// <summary>One reader's wait for the next commit of a case.</summary>
    public sealed class Registration : IDisposable
    {
        private readonly CaseChanges owner;
        private readonly string caseNumber;
        private readonly Waiting entry;
        private bool disposed;

        internal Registration(CaseChanges owner, string caseNumber, Waiting entry) =>
            (this.owner, this.caseNumber, this.entry) = (owner, caseNumber, entry);

        /// <summary>Completes at the next commit of the case after this registration was taken.</summary>
        public Task Changed => entry.Changed.Task;

        /// <inheritdoc />
        public void Dispose()
        {
            if (!disposed)
            {
                disposed = true;
                owner.Leave(caseNumber, entry);
            }
        }
    }
}
