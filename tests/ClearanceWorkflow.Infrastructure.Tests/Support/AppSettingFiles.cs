using System.Text.Json;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Infrastructure.Tests.Support;

/// <summary>The two places the app's settings are written down: the local sample and the Bicep app settings.</summary>
public static class AppSettingFiles
{
    /// <summary>The <c>Values</c> of <c>local.settings.sample.json</c>.</summary>
    public static IReadOnlyDictionary<string, string> Sample { get; } = ReadSample();

    /// <summary>The app settings the Bicep deploys, as compiled (values may be ARM expressions).</summary>
    public static IReadOnlyDictionary<string, string> Bicep => AppSettingsResource.Properties.EnumerateObject()
        .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    /// <summary>The <c>Microsoft.Web/sites/config</c> resource named <c>appsettings</c>.</summary>
    public static TemplateResource AppSettingsResource =>
        Assert.Single(CompiledTemplate.OfType("Microsoft.Web/sites/config"), r => r.Name.Contains("'appsettings'", StringComparison.Ordinal));

    private static Dictionary<string, string> ReadSample()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "local.settings.sample.json")));
        return sample.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
