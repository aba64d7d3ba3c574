namespace ClearanceWorkflow.Infrastructure.Tests.Support;

/// <summary>A setting the Functions app reads, named as an app setting (<c>__</c> between levels).</summary>
public sealed record SettingRead(string Name)
{
    /// <summary>Is the setting among <paramref name="keys"/>?</summary>
    public bool IsIn(IEnumerable<string> keys) => keys.Contains(Name, StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Name;
}
