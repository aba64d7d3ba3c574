using System.Reflection;
using System.Text.Json;
using ClearanceWorkflow.Functions.Hosting;

namespace ClearanceWorkflow.Functions.Tests.Support;

/// <summary>One function as the Functions host learns it from the worker: name, entry point and bindings.</summary>
public sealed record FunctionEntry(string Name, string EntryPoint, IReadOnlyList<JsonElement> Bindings)
{
    /// <summary>The trigger binding (every function has exactly one).</summary>
    public JsonElement Trigger => Bindings.Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    /// <summary>The trigger's type, e.g. <c>httpTrigger</c>.</summary>
    public string TriggerType => Trigger.GetProperty("type").GetString()!;

    /// <summary>The method the host invokes.</summary>
    public MethodInfo Method
    {
        get
        {
            var split = EntryPoint.LastIndexOf('.');
            var type = FunctionCatalog.Assembly.GetType(EntryPoint[..split], throwOnError: true)!;
            return type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Single(m => m.Name == EntryPoint[(split + 1)..]);
        }
    }
}

/// <summary>
/// The function metadata the SDK's source generator compiled into the Functions app: with worker indexing this is
/// exactly what the host is told at start-up, so the tests read it rather than re-deriving it from attributes.
/// </summary>
public static class FunctionCatalog
{
    /// <summary>The Functions app's assembly.</summary>
    public static Assembly Assembly { get; } = typeof(FunctionsRegistration).Assembly;

    /// <summary>Every function of the app.</summary>
    public static IReadOnlyList<FunctionEntry> All { get; } = Load();

    /// <summary>Functions whose trigger has the given type.</summary>
    public static IReadOnlyList<FunctionEntry> WithTrigger(string triggerType) =>
        All.Where(f => f.TriggerType == triggerType).ToList();

    private static List<FunctionEntry> Load()
    {
        var metadata = new GeneratedFunctionMetadataProvider().GetFunctionMetadataAsync(AppContext.BaseDirectory).GetAwaiter().GetResult();
        return metadata.Select(m => new FunctionEntry(
                m.Name!,
                m.EntryPoint!,
                m.RawBindings!.Select(raw => JsonDocument.Parse(raw).RootElement.Clone()).ToList()))
            .ToList();
    }
}
