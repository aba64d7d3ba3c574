using System.Net;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Tests.Doubles;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>
/// The real engine with a store that outlives its worker, as a deployment sees it: one in-memory backend keeps the cases
/// while workers with different registrations (versions of the code) are started and stopped over it. Each deployment
/// gets its own gRPC sidecar, as a host restart does: the test sidecar takes one worker connection at a time, and handing
/// it from a stopped worker to the next one within the same sidecar can lose the next worker's first work item (written
/// to the old stream before the sidecar saw it close, then locked for ever), which once hung this suite on a busy machine.
/// </summary>
public sealed class ReplaceableWorker : IAsyncDisposable
{
    private readonly InMemoryOrchestrationService backend = new(NullLoggerFactory.Instance);
    private WebApplication? sidecar;
    private GrpcChannel? channel;
    private IHost? worker;

    public InMemoryOutbox Outbox { get; } = new();

    /// <summary>The verification-code key of these tests.</summary>
    public VerificationCodes Codes { get; } = new("core-tests-verification-secret");

    public InMemoryCaseTimeline Timeline { get; } = new();

    /// <summary>When each case last had its index row written (wall clock), to tell when a case has settled into a wait.</summary>
    public IndexWrites Index { get; } = new();

    public DurableTaskClient Client => worker?.Services.GetRequiredService<DurableTaskClient>() ?? throw new InvalidOperationException("No worker runs.");

    /// <summary>
    /// Stops the running worker and its sidecar, if any, and starts a sidecar over the same store with a worker with
    /// <paramref name="register"/> (a deployment).
    /// </summary>
    public async Task DeployAsync(Action<DurableTaskRegistry> register)
    {
        await StopAsync();
        sidecar = await StartSidecarAsync(backend);
        var connection = channel = GrpcChannel.ForAddress(sidecar.Urls.Single());
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<ICaseTimeline>(Timeline);
        builder.Services.AddSingleton<ICaseIndex>(Index);
        builder.Services.AddSingleton<ICorrespondenceRenderer>(new PlainTextRenderer());
        builder.Services.AddSingleton<ICorrespondenceStore>(new InMemoryCorrespondenceStore());
        builder.Services.AddSingleton<IOutbox>(Outbox);
        builder.Services.AddSingleton(Codes);
        builder.Services.AddDurableTaskWorker(w =>
        {
            w.UseGrpc(connection);
            w.AddTasks(r =>
            {
                register(r);
                r.AddOrchestratorFunc(ReadyProbe, _ => true);
            });
        });
        builder.Services.AddDurableTaskClient(c => c.UseGrpc(connection));
        worker = builder.Build();
        await worker.StartAsync();
        // A deployment is done when the new worker takes work: on a busy machine its connection can take a while, and a
        // test's first case should not wait on that.
        using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await Client.WaitForInstanceCompletionAsync(await Client.ScheduleNewOrchestrationInstanceAsync(ReadyProbe), ready.Token);
    }

    private const string ReadyProbe = "ReadyProbe";

    private static async Task<WebApplication> StartSidecarAsync(InMemoryOrchestrationService backend)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton<IOrchestrationService>(backend);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(backend);
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        await app.StartAsync();
        return app;
    }

    /// <summary>The wall-clock times of index writes, by case.</summary>
    public sealed class IndexWrites : ICaseIndex
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> writes = new(StringComparer.Ordinal);

        public Task UpsertAsync(CaseIndexEntry entry, CancellationToken cancellationToken)
        {
            writes[entry.CaseNumber] = DateTimeOffset.UtcNow;
            return Task.CompletedTask;
        }

        public DateTimeOffset? LastWriteOf(string caseNumber) => writes.TryGetValue(caseNumber, out var at) ? at : null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StopAsync()
    {
        if (worker is not null)
        {
            await worker.StopAsync();
            worker.Dispose();
            worker = null;
        }
        channel?.Dispose();
        channel = null;
        if (sidecar is not null)
        {
            await sidecar.StopAsync();
            await sidecar.DisposeAsync();
            sidecar = null;
        }
    }
}
