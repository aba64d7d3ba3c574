using System.Text;
using System.Text.Json;
using ClearanceWorkflow.Service.Identity;

namespace ClearanceWorkflow.Functions.Tests.Support;

/// <summary>The <c>X-MS-CLIENT-PRINCIPAL</c> header App Service authentication passes, for a caller with given roles.</summary>
public static class Principals
{
    /// <summary>The header value for an Entra ID user holding <paramref name="roles"/>.</summary>
    public static string Header(params string[] roles)
    {
        var claims = new List<object> { new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = "00000000-0000-0000-0000-0000000000aa" } };
        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", claims, name_typ = "name", role_typ = "roles" });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>The header name.</summary>
    public const string HeaderName = AppServicePrincipalResolver.Header;
}
