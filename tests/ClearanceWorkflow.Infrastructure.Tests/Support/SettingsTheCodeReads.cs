using System.Collections;
using System.Reflection;
using System.Text.Json;
using ClearanceWorkflow.Functions;
using ClearanceWorkflow.Service;
using ClearanceWorkflow.Service.Storage;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Infrastructure.Tests.Support;

/// <summary>
/// Every setting the Functions app reads, found from the code rather than listed by hand: the options classes the
/// service binds (any class with a <c>Section</c> constant), the storage connections of the function bindings, the
/// durable task hub and the service's own storage clients.
/// </summary>
public static class SettingsTheCodeReads
{
    /// <summary>The option classes found.</summary>
    public static IReadOnlyList<Type> OptionClasses { get; } = typeof(ServiceRegistration).Assembly.GetTypes()
        .Where(t => t.IsClass && t.Name.EndsWith("Options", StringComparison.Ordinal))
        .Where(t => t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
        .ToList();

    /// <summary>The options settings, one per scalar, per default dictionary key and per property of a list item.</summary>
    public static IReadOnlyList<SettingRead> Options { get; } = FindOptions().ToList();

    /// <summary>Names of storage connections: the bindings', the task hub's, and the service's clients'.</summary>
    public static IReadOnlyList<string> Connections { get; } = FindConnections().Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<SettingRead> FindOptions()
    {
        foreach (var type in OptionClasses)
        {
            var section = (string)type.GetField("Section")!.GetRawConstantValue()!;
            var defaults = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                var name = $"{section}__{property.Name}";
                var value = property.GetValue(defaults);
                if (value is IDictionary dictionary)
                {
                    foreach (var key in dictionary.Keys)
                    {
                        yield return new SettingRead($"{name}__{key}");
                    }
                }
                else if (value is IEnumerable and not string)
                {
                    var item = property.PropertyType.GetGenericArguments().Single();
                    foreach (var itemProperty in item.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                    {
                        yield return new SettingRead($"{name}__0__{itemProperty.Name}");
                    }
                }
                else
                {
                    yield return new SettingRead(name);
                }
            }
        }
    }

    private static IEnumerable<string> FindConnections()
    {
        yield return StorageConnection.Setting;
        var metadata = new GeneratedFunctionMetadataProvider().GetFunctionMetadataAsync(AppContext.BaseDirectory).GetAwaiter().GetResult();
        foreach (var raw in metadata.SelectMany(m => m.RawBindings!))
        {
            using var binding = JsonDocument.Parse(raw);
            if (binding.RootElement.TryGetProperty("connection", out var connection) && connection.GetString() is { Length: > 0 } name)
            {
                yield return name;
            }
        }
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "functions", "ClearanceWorkflow.Functions", "host.json")));
        yield return hostJson.RootElement.GetProperty("extensions").GetProperty("durableTask")
            .GetProperty("storageProvider").GetProperty("connectionName").GetString()!;
    }
}
