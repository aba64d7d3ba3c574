namespace ClearanceWorkflow.Server;

/// <summary>
/// The durable backend of the self-hosted server (section <c>Durable</c>): the Azure Storage task hub that
/// Durable Functions uses too, and how eagerly it polls. See the README for why each default.
/// </summary>
public sealed class DurableBackendOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Durable";

    /// <summary>The task hub (queues, tables and leases share this prefix).</summary>
    public string TaskHub { get; init; } = "ClearanceWorkflow";

    /// <summary>A stable id per server process, so a restarted process takes its partition leases straight back.</summary>
    public string WorkerId { get; init; } = Environment.MachineName;

    /// <summary>Control-queue partitions: the most server processes that can share the orchestration work.</summary>
    public int PartitionCount { get; init; } = 4;

    /// <summary>The longest an idle queue waits between polls; the first thing staff feel after sending an event.</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Orchestration episodes run at once.</summary>
    public int MaxConcurrentOrchestrations { get; init; } = 32;

    /// <summary>Activities run at once.</summary>
    public int MaxConcurrentActivities { get; init; } = 32;

    /// <summary>
    /// How long a message taken from a task hub queue stays hidden from other takers. A process killed while handling one
    /// leaves it hidden this long before another (or the restarted) process takes it up, so this bounds how long a case
    /// stalls after a crash (the backend's default, 5 minutes, would stall it that long). Episodes and activities here
    /// take well under a second; one that takes longer than this may run twice, which every activity tolerates.
    /// </summary>
    public TimeSpan MessageVisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a server's hold on a control-queue partition lasts unless renewed. A killed server keeps its partitions up to
    /// this long, and another server takes them on its next pass (<see cref="LeaseAcquireInterval"/>): 25 s with both
    /// defaults, within <see cref="MessageVisibilityTimeout"/>, which therefore bounds how long the killed server's cases
    /// stall (the backend's defaults, 30 s and 10 s, gave 40 s). Shorter means a faster takeover, but a server that is alive
    /// and merely paused (a long garbage collection, storage answering slowly) for longer than this less one pass loses its
    /// partitions, and for a moment two servers may both read one. The backend tolerates that (a message is deleted by its
    /// pop receipt, a history write checks the history's ETag, so the loser's work is thrown away and redone), at the cost
    /// of work done twice.
    /// </summary>
    public TimeSpan LeaseInterval { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How often each server passes over the partition table: it renews the leases it holds (each for
    /// <see cref="LeaseInterval"/>), takes expired ones and balances partitions between servers. Each pass is one table
    /// query and one write per partition held: shorter means a faster takeover for more storage transactions. Keep it well
    /// below <see cref="LeaseInterval"/>, so that a late pass or two does not cost a server its partitions.
    /// </summary>
    public TimeSpan LeaseAcquireInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the server purges the history of cases whose records were destroyed, once they have finished.</summary>
    public TimeSpan HistoryPurgeInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the server moves closed cases out of the durable backend (see <c>ClosedCaseArchive</c>).</summary>
    public TimeSpan ClosedCaseArchiveInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the server purges closed cases whose retention period has ended (the Functions app: daily at 03:00 UTC).</summary>
    public TimeSpan RetentionSweepInterval { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The longest single durable timer: a longer wait is a chain of timers of this length, each adding rows to the case's
    /// history (the SDK's default, 3 days, suits Azure Storage queues, whose messages become visible within 7 days).
    /// </summary>
    public TimeSpan MaximumTimerInterval { get; init; } = TimeSpan.FromDays(3);

    /// <summary>The loopback port of the in-process gRPC sidecar.</summary>
    public int SidecarPort { get; init; } = 7072;
}
