namespace ClearanceWorkflow.Service.Configuration;

/// <summary>Secrets and limits of the public routes (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Security";

    /// <summary>The key access codes are derived from (HMAC of the case number). Keep it secret; rotate it only with a plan.</summary>
    public string AccessCodeSecret { get; init; } = "";

    /// <summary>Public requests allowed per client per minute.</summary>
    public int PublicRequestsPerMinute { get; init; } = 30;
}
