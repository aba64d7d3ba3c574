using System.Diagnostics;
using DurableTask.AzureStorage;
using DurableTask.Core;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>How many external events and activities a case's lifecycle holds (counted from a real case's history).</summary>
/// <param name="Events">External events, scans included.</param>
/// <param name="Activities">Activities scheduled.</param>
public sealed record BarePlan(int Events, int Activities);

/// <summary>
/// The ceiling a lifecycle is compared with: the Durable Task engine alone on the same Azure Storage backend and settings as
/// the server, running an orchestration that takes the same number of external events and activities as a case, with
/// nothing else (no HTTP, no case rules, no tables of its own, activities that do nothing). A clerk raises each event and
/// polls the orchestration's status until it shows, as a clerk polls the case view. A finished lifecycle's history is purged
/// once it completes, as the server moves a closed case out of its backend, so neither hub's tables grow with the other's.
/// </summary>
public sealed class BareCeiling : IAsyncDisposable
{
    private readonly AzureStorageOrchestrationService service;
    private readonly TaskHubWorker worker;
    private readonly TaskHubClient client;
    private readonly TimeSpan poll;
    private readonly List<Task> purges = [];

    private BareCeiling(AzureStorageOrchestrationService service, TaskHubWorker worker, TaskHubClient client, TimeSpan poll)
    {
        this.service = service;
        this.worker = worker;
        this.client = client;
        this.poll = poll;
    }

    /// <summary>Starts a worker on its own task hub of the given storage, with the server's default backend settings.</summary>
    public static async Task<BareCeiling> StartAsync(string connectionString, TimeSpan poll)
    {
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = "barehub",
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            WorkerId = "bare-worker",
            PartitionCount = 4,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(500),
            MaxConcurrentTaskOrchestrationWorkItems = 32,
            MaxConcurrentTaskActivityWorkItems = 32,
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(30),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(30),
        });
        await service.CreateIfNotExistsAsync();
        var worker = new TaskHubWorker(service);
        worker.AddTaskOrchestrations(typeof(BareLifecycle));
        worker.AddTaskActivities(typeof(BareStep));
        await worker.StartAsync();
        return new BareCeiling(service, worker, new TaskHubClient(service), poll);
    }

    private static readonly TimeSpan StepDeadline = TimeSpan.FromMinutes(2);

    /// <summary>Runs one bare lifecycle; returns the latency of each event until the status shows it.</summary>
    public async Task<List<TimeSpan>> RunAsync(BarePlan plan)
    {
        var instance = await client.CreateOrchestrationInstanceAsync(typeof(BareLifecycle), plan);
        // As a clerk waits for the case view before signalling: an event raised at an instance not yet started can be lost.
        await UntilAsync(instance, state => state?.OrchestrationStatus == OrchestrationStatus.Running, "to start");
        var latencies = new List<TimeSpan>();
        for (var e = 1; e <= plan.Events; e++)
        {
            var clock = Stopwatch.StartNew();
            await client.RaiseEventAsync(instance, BareLifecycle.EventName, e);
            var shown = $"\"{e.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";
            await UntilAsync(instance, state => state?.Status == shown, $"to take event {e}");
            latencies.Add(clock.Elapsed);
        }
        lock (purges)
        {
            purges.Add(PurgeWhenCompletedAsync(instance));
        }
        return latencies;
    }

    /// <summary>Waits until every finished lifecycle's history is purged.</summary>
    public async Task PurgedAsync()
    {
        Task[] pending;
        lock (purges)
        {
            pending = [.. purges];
            purges.Clear();
        }
        await Task.WhenAll(pending);
    }

    private async Task PurgeWhenCompletedAsync(OrchestrationInstance instance)
    {
        // Its last event shows before its last activities run; it completes when they have.
        var state = await client.WaitForOrchestrationAsync(instance, StepDeadline);
        if (state?.OrchestrationStatus != OrchestrationStatus.Completed)
        {
            throw new TimeoutException($"Bare lifecycle {instance.InstanceId} did not complete within {StepDeadline.TotalSeconds:0} s.");
        }
        await service.PurgeInstanceHistoryAsync(instance.InstanceId);
    }

    private async Task UntilAsync(OrchestrationInstance instance, Func<OrchestrationState?, bool> done, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!done(await client.GetOrchestrationStateAsync(instance)))
        {
            if (deadline.Elapsed > StepDeadline)
            {
                throw new TimeoutException($"Bare lifecycle {instance.InstanceId} did not get {what} within {StepDeadline.TotalSeconds:0} s.");
            }
            await Task.Delay(poll);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await worker.StopAsync(isForced: true);
}

/// <summary>Takes the plan's events one by one, publishing how many it took, and runs its share of the activities after each.</summary>
public sealed class BareLifecycle : TaskOrchestration<int, BarePlan, int, string>
{
    /// <summary>The event the clerk raises.</summary>
    public const string EventName = "step";

    private readonly Queue<int> arrived = new();
    private TaskCompletionSource<int>? waiting;
    private int taken;

    /// <inheritdoc />
    public override async Task<int> RunTask(OrchestrationContext context, BarePlan input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var scheduled = 0;
        for (var e = 1; e <= input.Events; e++)
        {
            if (!arrived.TryDequeue(out _))
            {
                waiting = new TaskCompletionSource<int>();
                await waiting.Task;
            }
            taken = e;
            for (var due = input.Activities * e / input.Events; scheduled < due; scheduled++)
            {
                await context.ScheduleTask<bool>(typeof(BareStep), scheduled);
            }
        }
        return taken;
    }

    /// <inheritdoc />
    public override void OnEvent(OrchestrationContext context, string name, int input)
    {
        if (waiting is { Task.IsCompleted: false } open)
        {
            open.SetResult(input);
        }
        else
        {
            arrived.Enqueue(input);
        }
    }

    /// <inheritdoc />
    public override string OnGetStatus() => taken.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An activity that does nothing: the engine's cost of scheduling and completing one.</summary>
public sealed class BareStep : TaskActivity<int, bool>
{
    /// <inheritdoc />
    protected override bool Execute(TaskContext context, int input) => true;
}
