using ClearanceWorkflow.Service;
using ClearanceWorkflow.Service.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Functions.Hosting;

/// <summary>The Functions app's wiring: the shared service, App Service authentication as identity, and the storage start-up step.</summary>
public static class FunctionsRegistration
{
    /// <summary>Registers everything the function wrappers resolve; the durable client and worker come from the Functions host.</summary>
    public static IServiceCollection AddClearanceWorkflowFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddClearanceWorkflowService(configuration);
        services.AddSingleton<ICallerResolver>(new AppServicePrincipalResolver(
            string.Equals(configuration[AppServicePrincipalResolver.EnabledSetting], "True", StringComparison.OrdinalIgnoreCase)));
        services.AddHostedService<StorageBootstrapService>();
        return services;
    }
}
