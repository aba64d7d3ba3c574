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
/// The real engine with a store that outlives its worker, as a deployment sees it: the gRPC sidecar over one in-memory
/// backend stays up while workers with different registrations (versions of the code) are started and stopped under it.
/// </summary>
public sealed class ReplaceableWorker : IAsyncDisposable
{
    private readonly WebApplication sidecar;
    private readonly GrpcChannel channel;
    private IHost? worker;

    private ReplaceableWorker(WebApplication sidecar, GrpcChannel channel)
    {
        this.sidecar = sidecar;
        this.channel = channel;
    }

    public InMemoryOutbox Outbox { get; } = new();

    /// <summary>The verification-code key of these tests.</summary>
    public VerificationCodes Codes { get; } = new("core-tests-verification-secret");

    public InMemoryCaseTimeline Timeline { get; } = new();

    /// <summary>When each case last had its index row written (wall clock), to tell when a case has settled into a wait.</summary>
    public IndexWrites Index { get; } = new();

    public DurableTaskClient Client => worker?.Services.GetRequiredService<DurableTaskClient>() ?? throw new InvalidOperationException("No worker runs.");

    public static async Task<ReplaceableWorker> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        var backend = new InMemoryOrchestrationService(NullLoggerFactory.Instance);
        builder.Services.AddSingleton<IOrchestrationService>(backend);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(backend);
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        await app.StartAsync();
        return new ReplaceableWorker(app, GrpcChannel.ForAddress(app.Urls.Single()));
    }

    /// <summary>Stops the running worker, if any, and starts one with <paramref name="register"/> (a deployment).</summary>
    public async Task DeployAsync(Action<DurableTaskRegistry> register)
    {
        await StopWorkerAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<ICaseTimeline>(Timeline);
        builder.Services.AddSingleton<ICaseIndex>(Index);
        builder.Services.AddSingleton<ICorrespondenceRenderer>(new PlainTextRenderer());
        builder.Services.AddSingleton<ICorrespondenceStore>(new InMemoryCorrespondenceStore());
        builder.Services.AddSingleton<IOutbox>(Outbox);
        builder.Services.AddSingleton(Codes);
        builder.Services.AddDurableTaskWorker(w =>
        {
            w.UseGrpc(channel);
            w.AddTasks(r =>
            {
                register(r);
                r.AddOrchestratorFunc(ReadyProbe, _ => true);
            });
        });
        builder.Services.AddDurableTaskClient(c => c.UseGrpc(channel));
        worker = builder.Build();
        await worker.StartAsync();
        // A deployment is done when the new worker takes work: on a busy machine its connection can take a while, and a
        // test's first case should not wait on that.
        using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await Client.WaitForInstanceCompletionAsync(await Client.ScheduleNewOrchestrationInstanceAsync(ReadyProbe), ready.Token);
    }

    private const string ReadyProbe = "ReadyProbe";

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

    public async ValueTask DisposeAsync()
    {
        await StopWorkerAsync();
        await sidecar.StopAsync();
        await sidecar.DisposeAsync();
        channel.Dispose();
    }

    private async Task StopWorkerAsync()
    {
        if (worker is not null)
        {
            await worker.StopAsync();
            worker.Dispose();
            worker = null;
        }
    }
}
