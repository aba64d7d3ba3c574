using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Identity;

/// <summary>
/// The Functions host's identity: App Service authentication (Entra ID) validates the token and passes the principal
/// in <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON); the app roles of the Entra app registration become our roles.
/// The header cannot be forged from outside, but only while App Service authentication is on (it strips the header from
/// incoming requests then): with authentication off, or outside App Service, nobody is a caller and staff routes answer
/// 401.
/// A browser signed in to the console carries its session as a cookie, which a browser also sends with a form posted
/// from another site. So a request that changes something (any method but GET and HEAD) counts only with a bearer token
/// (<c>Authorization</c>) or the console's <see cref="ConsoleHeader"/>: a header no other site can add without a CORS
/// preflight, which this app never grants.
/// </summary>
/// <param name="authenticationEnabled">Whether App Service authentication is on (<see cref="EnabledSetting"/> is <c>True</c>).</param>
public sealed class AppServicePrincipalResolver(bool authenticationEnabled) : ICallerResolver
{
    /// <summary>The header App Service authentication sets.</summary>
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The setting App Service sets to <c>True</c> when its authentication is on.</summary>
    public const string EnabledSetting = "WEBSITE_AUTH_ENABLED";

    /// <summary>The header the console sends with every call (its value is not checked: its presence is the proof).</summary>
    public const string ConsoleHeader = "X-Requested-With";

    /// <inheritdoc />
    public string SignIn => "entra";

    private static bool IsCrossSiteForgeable(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
        && request.Headers.Authorization.Count == 0 && request.Headers[ConsoleHeader].Count == 0;

    /// <inheritdoc />
    public Caller? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var encoded = request.Headers[Header].ToString();
        if (!authenticationEnabled || encoded.Length == 0 || IsCrossSiteForgeable(request))
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
            var root = json.RootElement;
            var roleType = root.TryGetProperty("role_typ", out var rt) ? rt.GetString() : "roles";
            var claims = root.GetProperty("claims").EnumerateArray()
                .Select(c => (Type: c.GetProperty("typ").GetString(), Value: c.GetProperty("val").GetString()))
                .ToList();
            var roles = claims.Where(c => c.Type == roleType || c.Type == "roles").Select(c => c.Value!).ToHashSet(StringComparer.Ordinal);
            // The object id identifies staff without carrying their name into timelines.
            var id = claims.FirstOrDefault(c => c.Type is "http://schemas.microsoft.com/identity/claims/objectidentifier" or "oid").Value;
            return id is null ? null : new Caller(id, roles);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
