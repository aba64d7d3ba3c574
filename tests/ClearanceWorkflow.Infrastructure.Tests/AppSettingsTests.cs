using System.Runtime.Versioning;
using ClearanceWorkflow.Functions.Hosting;
using ClearanceWorkflow.Infrastructure.Tests.Support;
using ClearanceWorkflow.Service.Configuration;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>Every setting the code reads is in the local sample and in the app settings Azure gets.</summary>
public sealed class AppSettingsTests
{
    [Fact]
    public void TheSettingsTheCodeReadsAreFoundFromTheCode()
    {
        Assert.Contains(typeof(WorkflowOptions), SettingsTheCodeReads.OptionClasses);
        Assert.Contains(typeof(SecurityOptions), SettingsTheCodeReads.OptionClasses);
        Assert.Contains(new SettingRead("Security__AccessCodeSecret"), SettingsTheCodeReads.Options);
        Assert.Contains(new SettingRead("Workflow__StageTargets__RecordsCheck"), SettingsTheCodeReads.Options);
        Assert.Contains(new SettingRead("Workflow__FeeSchedule__0__Amount"), SettingsTheCodeReads.Options);
        Assert.Equal(["AzureWebJobsStorage"], SettingsTheCodeReads.Connections);
    }

    [Fact]
    public void EveryOptionTheCodeReadsIsInTheSampleAndInTheBicep()
    {
        var bicep = AppSettingFiles.Bicep.Keys;
        Assert.All(SettingsTheCodeReads.Options, s => Assert.True(s.IsIn(AppSettingFiles.Sample.Keys), $"{s} is not in local.settings.sample.json"));
        Assert.All(SettingsTheCodeReads.Options, s => Assert.True(s.IsIn(bicep), $"{s} is not in the Bicep app settings"));
    }

    [Fact]
    public void TheSampleAndTheBicepSetTheSameOptionsAndNoOthers()
    {
        static bool IsOption(string key) => SettingsTheCodeReads.OptionClasses.Any(t =>
            key.StartsWith($"{t.GetField("Section")!.GetRawConstantValue()}__", StringComparison.Ordinal));
        var sample = AppSettingFiles.Sample.Keys.Where(IsOption).Order(StringComparer.Ordinal).ToList();
        var bicep = AppSettingFiles.Bicep.Keys.Where(IsOption).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(sample, bicep);
    }

    [Fact]
    public void TheUnitsTermsInAzureAreTheSampleValues()
    {
        foreach (var (key, value) in AppSettingFiles.Sample.Where(kv => kv.Key.StartsWith("Workflow__", StringComparison.Ordinal)))
        {
            Assert.Equal(value, AppSettingFiles.Bicep[key]);
        }
    }

    [Fact]
    public void EveryStorageConnectionIsAConnectionStringLocallyAndTheManagedIdentityInAzure()
    {
        foreach (var connection in SettingsTheCodeReads.Connections)
        {
            Assert.Equal("UseDevelopmentStorage=true", AppSettingFiles.Sample[connection]);
            Assert.DoesNotContain(connection, AppSettingFiles.Bicep.Keys);
            Assert.Contains($"{connection}__accountName", AppSettingFiles.Bicep.Keys);
            Assert.Equal("managedidentity", AppSettingFiles.Bicep[$"{connection}__credential"]);
            Assert.Equal("[parameters('identityClientId')]", AppSettingFiles.Bicep[$"{connection}__clientId"]);
        }
    }

    [Fact]
    public void TheWorkerRuntimeIsTheSampleSettingLocallyAndTheFunctionAppConfigInAzure()
    {
        Assert.Equal("dotnet-isolated", AppSettingFiles.Sample["FUNCTIONS_WORKER_RUNTIME"]);
        // Flex Consumption refuses FUNCTIONS_WORKER_RUNTIME as an app setting: functionAppConfig.runtime names it.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", AppSettingFiles.Bicep.Keys);
        var runtime = CompiledTemplate.OneOf("Microsoft.Web/sites").Properties.GetProperty("functionAppConfig").GetProperty("runtime");
        Assert.Equal("dotnet-isolated", runtime.GetProperty("name").GetString());
        var framework = typeof(FunctionsRegistration).Assembly.GetCustomAttributes(typeof(TargetFrameworkAttribute), false)
            .Cast<TargetFrameworkAttribute>().Single().FrameworkName;
        Assert.Equal($".NETCoreApp,Version=v{runtime.GetProperty("version").GetString()}", framework);
    }

    [Fact]
    public void TheAccessCodeSecretIsASecureParameterNeverALiteral()
    {
        Assert.Equal("[parameters('accessCodeSecret')]", AppSettingFiles.Bicep["Security__AccessCodeSecret"]);
        Assert.Equal("securestring", CompiledTemplate.ParametersOf("api").GetProperty("accessCodeSecret").GetProperty("type").GetString()!.ToLowerInvariant());
        Assert.Equal("securestring", CompiledTemplate.Main.GetProperty("parameters").GetProperty("accessCodeSecret").GetProperty("type").GetString()!.ToLowerInvariant());
    }

    [Fact]
    public void TelemetryGoesToApplicationInsightsWithTheManagedIdentity()
    {
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", AppSettingFiles.Bicep.Keys);
        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", AppSettingFiles.Bicep["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }
}
