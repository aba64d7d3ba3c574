using System.Text.Json;
using ClearanceWorkflow.Infrastructure.Tests.Support;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>azd can fill every parameter of main.bicep without asking for anything the README does not mention.</summary>
public sealed class ParametersTests
{
    private static readonly JsonElement Declared = CompiledTemplate.Main.GetProperty("parameters");

    private static Dictionary<string, string> Bound()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "main.parameters.json")));
        return file.RootElement.GetProperty("parameters").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("value").GetString()!, StringComparer.Ordinal);
    }

    [Fact]
    public void EveryBoundParameterIsDeclaredAndTakenFromTheAzdEnvironment()
    {
        foreach (var (name, value) in Bound())
        {
            Assert.True(Declared.TryGetProperty(name, out _), $"{name} is not a parameter of main.bicep");
            Assert.Matches(@"^\$\{[A-Z_]+(=[A-Za-z0-9]*)?\}$", value);
        }
        Assert.Equal("${AZURE_ENV_NAME}", Bound()["environmentName"]);
        Assert.Equal("${AZURE_LOCATION}", Bound()["location"]);
        Assert.Equal("${AZURE_AUTH_CLIENT_ID}", Bound()["authClientId"]);
    }

    [Fact]
    public void EveryParameterWithoutADefaultIsBoundOrGeneratedByAzd()
    {
        var bound = Bound();
        foreach (var parameter in Declared.EnumerateObject().Where(p => !p.Value.TryGetProperty("defaultValue", out _)))
        {
            Assert.True(bound.ContainsKey(parameter.Name) || IsGenerated(parameter.Value), $"azd would have to ask for {parameter.Name}");
        }
    }

    [Fact]
    public void TheAccessCodeSecretIsGeneratedOnceByAzdNotANewGuidOnEveryDeployment()
    {
        // A new value on every `azd provision` would invalidate every access code applicants already hold.
        var secret = Declared.GetProperty("accessCodeSecret");
        Assert.True(IsGenerated(secret));
        Assert.False(secret.TryGetProperty("defaultValue", out _));
        Assert.DoesNotContain("accessCodeSecret", Bound().Keys);
    }

    private static bool IsGenerated(JsonElement parameter) =>
        parameter.TryGetProperty("metadata", out var metadata)
        && metadata.TryGetProperty("azd", out var azd)
        && azd.GetProperty("type").GetString() == "generate";
}
