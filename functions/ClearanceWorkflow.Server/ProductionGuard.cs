using ClearanceWorkflow.Service.Configuration;
using ClearanceWorkflow.Service.Identity;

namespace ClearanceWorkflow.Server;

/// <summary>
/// What must never reach a server outside Development: the local development API keys (their keys start with
/// <c>dev-</c>, as in appsettings.Development.json, which is not published) or the sample access-code secret. The server
/// refuses to start with either.
/// </summary>
public static class ProductionGuard
{
    /// <summary>The access-code secret of the local settings and the samples: public, so never a real secret.</summary>
    public const string SampleAccessCodeSecret = "local-development-only-access-code-secret";

    /// <summary>The prefix of every local development API key.</summary>
    public const string DevelopmentKeyPrefix = "dev-";

    /// <summary>What in <paramref name="configuration"/> is only fit for development; empty when nothing is.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var keys = configuration.GetSection("Auth:ApiKeys").Get<List<ApiKeyEntry>>() ?? [];
        var development = keys.Where(k => k.Key?.StartsWith(DevelopmentKeyPrefix, StringComparison.Ordinal) == true).ToList();
        if (development.Count > 0)
        {
            problems.Add($"{development.Count} development API key(s) configured (Auth:ApiKeys, keys starting with '{DevelopmentKeyPrefix}').");
        }
        var secret = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>()?.AccessCodeSecret;
        if (string.Equals(secret, SampleAccessCodeSecret, StringComparison.Ordinal))
        {
            problems.Add("The sample access-code secret is configured (Security:AccessCodeSecret).");
        }
        return problems;
    }
}
