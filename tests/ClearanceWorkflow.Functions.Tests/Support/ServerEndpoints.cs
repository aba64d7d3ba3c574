using ClearanceWorkflow.Server;
using ClearanceWorkflow.Service;
using ClearanceWorkflow.Service.Http.OpenApi;
using ClearanceWorkflow.Service.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Functions.Tests.Support;

/// <summary>The self-hosted server's endpoints as <c>MapCaseRoutes</c> builds them, with the services the handlers bind from.</summary>
public static class ServerEndpoints
{
    /// <summary>Builds the app (on a free loopback port when <paramref name="listen"/>) with the contract's routes mapped.</summary>
    public static WebApplication Build(bool listen = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (listen)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        builder.Configuration.AddInMemoryCollection(TestServices.MinimalSettings);
        builder.Services.AddClearanceWorkflowService(builder.Configuration);
        builder.Services.AddSingleton<ICallerResolver, ApiKeyCallerResolver>();
        builder.Services.AddContractOpenApi();
        builder.Services.AddSingleton<DurableTaskClient>(new FakeDurableTaskClient());
        var app = builder.Build();
        app.MapCaseRoutes();
        return app;
    }
}
