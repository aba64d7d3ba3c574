using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ClearanceWorkflow.Service.Identity;

/// <summary>One configured API key of the self-hosted server (section <c>Auth:ApiKeys</c>).</summary>
public sealed class ApiKeyEntry
{
    /// <summary>The key as sent in <c>X-Api-Key</c>.</summary>
    public string Key { get; init; } = "";
    /// <summary>The staff id recorded for its actions.</summary>
    public string StaffId { get; init; } = "";
    /// <summary>The roles it carries.</summary>
    public List<string> Roles { get; init; } = [];
}

/// <summary>The self-hosted server's identity: an <c>X-Api-Key</c> header mapped to a staff id and roles by configuration.</summary>
public sealed class ApiKeyCallerResolver : ICallerResolver
{
    /// <summary>The header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    private readonly Dictionary<string, Caller> byKeyHash;

    /// <summary>Reads the keys from <c>Auth:ApiKeys</c>.</summary>
    public ApiKeyCallerResolver(IConfiguration configuration)
    {
        var entries = configuration.GetSection("Auth:ApiKeys").Get<List<ApiKeyEntry>>() ?? [];
        byKeyHash = entries.Where(e => e.Key.Length >= 16)
            .ToDictionary(e => HashOf(e.Key), e => new Caller(e.StaffId, e.Roles.ToHashSet(StringComparer.Ordinal)), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public string SignIn => "api-key";

    /// <inheritdoc />
    public Caller? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Headers[Header].ToString();
        // Looked up by hash so the comparison leaks no timing about the stored keys.
        return key.Length == 0 ? null : byKeyHash.GetValueOrDefault(HashOf(key));
    }

    private static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
