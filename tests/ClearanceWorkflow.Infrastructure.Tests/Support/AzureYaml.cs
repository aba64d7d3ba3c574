using System.Text.Json;
using ClearanceWorkflow.TestSupport;
using Json.Schema;

namespace ClearanceWorkflow.Infrastructure.Tests.Support;

/// <summary>The repository's <c>azure.yaml</c> and the azd schema it must satisfy.</summary>
public static class AzureYaml
{
    /// <summary>The one service azd deploys.</summary>
    public const string ServiceName = "api";

    /// <summary>The schema copied into the repository (<c>infra/schemas</c>).</summary>
    public static string RepositorySchema { get; } = Path.Combine(RepositoryRoot.Path, "infra", "schemas", "azure.yaml.json");

    /// <summary><c>azure.yaml</c> as JSON.</summary>
    public static JsonElement Document { get; } = YamlToJson.Convert(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "azure.yaml")));

    /// <summary>
    /// The schema copies at hand: the repository's, and the one CI lays beside the repository
    /// (<c>../shared/schemas</c>) when it is there.
    /// </summary>
    public static IReadOnlyList<string> SchemaCopies { get; } =
        new[] { RepositorySchema, Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "schemas", "azure.yaml.json")) }
            .Where(File.Exists).ToList();

    /// <summary>Validates <paramref name="document"/> against the schema in <paramref name="schemaFile"/>.</summary>
    public static EvaluationResults Validate(JsonElement document, string schemaFile)
    {
        // A registry per load: every copy has the same $id, and the global registry takes an id once.
        var schema = JsonSchema.FromText(File.ReadAllText(schemaFile), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>The errors of a failed validation, one per line.</summary>
    public static string Describe(EvaluationResults results) => string.Join(Environment.NewLine,
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));
}
