using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClearanceWorkflow.Infrastructure.Tests.Support;

/// <summary>One resource of the compiled template, with the module (nested deployment) template that declares it.</summary>
public sealed record TemplateResource(string Module, JsonElement Template, JsonElement Resource)
{
    /// <summary>The resource type, e.g. <c>Microsoft.Web/sites</c>.</summary>
    public string Type => Resource.GetProperty("type").GetString()!;

    /// <summary>The name expression as compiled.</summary>
    public string Name => Resource.GetProperty("name").GetString()!;

    /// <summary>The resource's properties.</summary>
    public JsonElement Properties => Resource.GetProperty("properties");

    /// <summary>Whether the resource is deployed only under a condition.</summary>
    public bool IsConditional => Resource.TryGetProperty("condition", out _);

    /// <summary>The literal array a copy loop iterates (<c>variables('x')[copyIndex()]</c> in the name).</summary>
    public IReadOnlyList<string> LoopItems()
    {
        var variable = Regex.Match(Name, @"variables\('(\w+)'\)\[copyIndex\(\)\]").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(variable), $"{Type} {Name} is not a copy loop over a variable.");
        return Template.GetProperty("variables").GetProperty(variable).EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}

/// <summary><c>infra/main.bicep</c> compiled to ARM JSON by <c>bicep build --stdout</c>, once per test run.</summary>
public static class CompiledTemplate
{
    private static readonly Lazy<JsonElement> Compiled = new(Compile);

    /// <summary>The subscription-scope template.</summary>
    public static JsonElement Main => Compiled.Value;

    /// <summary>Every resource, modules included.</summary>
    public static IReadOnlyList<TemplateResource> Resources => Walk("main", Main).ToList();

    /// <summary>Resources of one type.</summary>
    public static IReadOnlyList<TemplateResource> OfType(string type) => Resources.Where(r => r.Type == type).ToList();

    /// <summary>The single resource of a type.</summary>
    public static TemplateResource OneOf(string type) => Assert.Single(OfType(type));

    /// <summary>The module (nested deployment) of the given name.</summary>
    public static TemplateResource Module(string name) =>
        Assert.Single(OfType("Microsoft.Resources/deployments"), m => m.Name == name);

    /// <summary>The parameters of a module's template.</summary>
    public static JsonElement ParametersOf(string module) => Module(module).Properties.GetProperty("template").GetProperty("parameters");

    private static IEnumerable<TemplateResource> Walk(string module, JsonElement template)
    {
        var resources = template.GetProperty("resources");
        var items = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value)
            : resources.EnumerateArray();
        foreach (var resource in items)
        {
            var entry = new TemplateResource(module, template, resource);
            yield return entry;
            if (entry.Type == "Microsoft.Resources/deployments")
            {
                foreach (var nested in Walk(entry.Name, entry.Properties.GetProperty("template")))
                {
                    yield return nested;
                }
            }
        }
    }

    private static JsonElement Compile()
    {
        var run = BicepCli.Run("build", "infra/main.bicep", "--stdout");
        Assert.True(run.ExitCode == 0, run.Printed);
        using var document = JsonDocument.Parse(run.Output);
        return document.RootElement.Clone();
    }
}
