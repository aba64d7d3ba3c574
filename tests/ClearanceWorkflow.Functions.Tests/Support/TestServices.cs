using ClearanceWorkflow.Functions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Functions.Tests.Support;

/// <summary>The Functions app's container as its Program builds it (the host adds logging and the durable plumbing).</summary>
public static class TestServices
{
    /// <summary>The minimal settings the app needs.</summary>
    public static IReadOnlyDictionary<string, string?> MinimalSettings { get; } = new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        ["Security:AccessCodeSecret"] = "test-only-access-code-secret-0001",
        // App Service authentication on, as in Azure: the principal header is trusted.
        ["WEBSITE_AUTH_ENABLED"] = "True",
    };

    /// <summary>Builds the container from <paramref name="settings"/>, validating every registration up front.</summary>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? replace = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? MinimalSettings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddClearanceWorkflowFunctions(configuration);
        replace?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
