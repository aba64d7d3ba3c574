using System.Net;
using ClearanceWorkflow.Server;
using ClearanceWorkflow.Service;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Http.OpenApi;
using ClearanceWorkflow.Service.Identity;
using ClearanceWorkflow.Service.Storage;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;

var builder = WebApplication.CreateBuilder(args);
if (!builder.Environment.IsDevelopment() && ProductionGuard.Problems(builder.Configuration) is { Count: > 0 } unfit)
{
    await Console.Error.WriteLineAsync($"Refusing to start in {builder.Environment.EnvironmentName}: {string.Join(" ", unfit)}");
    return 1;
}
var durable = builder.Configuration.GetSection(DurableBackendOptions.Section).Get<DurableBackendOptions>() ?? new DurableBackendOptions();
var listen = builder.Configuration.GetSection(ServerAddressOptions.Section).Get<ServerAddressOptions>() ?? new ServerAddressOptions();

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Listen(IPAddress.Parse(listen.Address), listen.Port, l => l.Protocols = HttpProtocols.Http1);
    // The sidecar speaks gRPC to the worker in this process only: HTTP/2 on loopback.
    kestrel.Listen(IPAddress.Loopback, durable.SidecarPort, l => l.Protocols = HttpProtocols.Http2);
});
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
builder.AddClearanceTelemetry();
builder.Services.AddClearanceWorkflowService(builder.Configuration);
builder.Services.AddSingleton<ICallerResolver, ApiKeyCallerResolver>();
// The OpenAPI document, generated live from the endpoints (the Functions app serves the copy kept in the repository).
builder.Services.AddContractOpenApi();
var caseFinished = new WakeUp();
builder.Services.AddDurableBackend(durable, builder.Configuration, caseFinished);
builder.Services.AddHostedService<ScanWatcher>();
// Registered as plain singletons: AddHostedService would take the second pass of the same type for a duplicate and drop it.
builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<RecurringPass>(sp, "History purge", durable.HistoryPurgeInterval,
    (Func<DurableTaskClient, CancellationToken, Task>)((client, ct) => sp.GetRequiredService<CaseHistoryPurges>().PurgeFinishedAsync(client, ct))));
builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<RecurringPass>(sp, "Closed cases out of the backend", durable.ClosedCaseArchiveInterval,
    (Func<DurableTaskClient, CancellationToken, Task>)((client, ct) => sp.GetRequiredService<ClosedCaseArchive>().ArchiveFinishedAsync(client, ct)), caseFinished));
builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<RecurringPass>(sp, "Retention sweep", durable.RetentionSweepInterval,
    (Func<DurableTaskClient, CancellationToken, Task>)((client, ct) => sp.GetRequiredService<RetentionSweep>().SweepAsync(client, ct))));

var app = builder.Build();
// Created before start so it sees ApplicationStarted and begins dispatching once the worker connects.
app.Services.GetRequiredService<TaskHubGrpcServer>();
await StartupWait.PrepareStorageAsync(app.Services, app.Lifetime.ApplicationStopping);

// A fault no handler expected becomes problem details; storage being down is a 503, never a stack trace.
app.UseExceptionHandler(errors => errors.Run(context =>
    Faults.ToProblem(context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error).ExecuteAsync(context)));
// The sidecar's port answers only calls carrying this process's token (the port of the connection, not a Host header).
var sidecarToken = app.Services.GetRequiredService<SidecarToken>();
app.UseWhen(context => context.Connection.LocalPort == durable.SidecarPort, sidecar => sidecar.Use(async (context, next) =>
{
    if (!sidecarToken.Matches(context.Request.Headers[SidecarToken.Header]))
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }
    await next(context);
}));
app.MapGrpcService<TaskHubGrpcServer>().RequireHost($"*:{durable.SidecarPort}");
app.MapCaseRoutes();
app.MapConsole();
app.Lifetime.ApplicationStarted.Register(() =>
{
    app.Logger.LogInformation("ClearanceWorkflow listening on http://{Address}:{Port}/api (task hub {TaskHub})", listen.Address, listen.Port, durable.TaskHub);
    if (app.Environment.IsDevelopment())
    {
        DevelopmentKeys.Print(app.Configuration, app.Services.GetRequiredService<ClearanceWorkflow.Service.Storage.StorageConnection>());
    }
});
await app.RunAsync();
return 0;
