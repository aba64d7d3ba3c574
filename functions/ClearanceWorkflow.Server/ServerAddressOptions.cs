namespace ClearanceWorkflow.Server;

/// <summary>Where the server serves the contract (section <c>Listen</c>).</summary>
public sealed class ServerAddressOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Listen";

    /// <summary>The address to bind; loopback unless deliberately exposed.</summary>
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>The port: 7071, the one <c>func start</c> uses, so clients' settings fit both hosts.</summary>
    public int Port { get; init; } = 7071;
}
