using System.Text.Json;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Infrastructure.Tests.Support;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>Entra ID signs staff in; public routes stay open; the registration carries the contract's roles.</summary>
public sealed class AuthenticationTests
{
    private static TemplateResource AuthSettings =>
        Assert.Single(CompiledTemplate.OfType("Microsoft.Web/sites/config"), r => r.Name.Contains("'authsettingsV2'", StringComparison.Ordinal));

    [Fact]
    public void AppServiceAuthenticationIsAlwaysOnAndLetsAnonymousRequestsThroughToTheHandlers()
    {
        // Always on: only an enabled platform strips a forged X-MS-CLIENT-PRINCIPAL from incoming requests.
        Assert.False(AuthSettings.IsConditional);
        Assert.False(CompiledTemplate.Module("auth").IsConditional);
        var settings = AuthSettings.Properties;
        Assert.True(settings.GetProperty("platform").GetProperty("enabled").GetBoolean());
        var validation = settings.GetProperty("globalValidation");
        Assert.False(validation.GetProperty("requireAuthentication").GetBoolean());
        Assert.Equal("AllowAnonymous", validation.GetProperty("unauthenticatedClientAction").GetString());
    }

    [Fact]
    public void EntraIdValidatesTokensForTheRegistrationWithoutAClientSecret()
    {
        var entra = AuthSettings.Properties.GetProperty("identityProviders").GetProperty("azureActiveDirectory");
        Assert.True(entra.GetProperty("enabled").GetBoolean());
        var registration = entra.GetProperty("registration");
        Assert.Equal("[parameters('clientId')]", registration.GetProperty("clientId").GetString());
        Assert.Contains("tenant().tenantId", registration.GetProperty("openIdIssuer").GetString(), StringComparison.Ordinal);
        var secretSetting = registration.GetProperty("clientSecretSettingName").GetString()!;
        Assert.Equal("OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID", secretSetting);
        Assert.Equal("[parameters('identityClientId')]", AppSettingFiles.Bicep[secretSetting]);
        var audiences = entra.GetProperty("validation").GetProperty("allowedAudiences").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("[format('api://{0}', parameters('clientId'))]", audiences);
    }

    [Fact]
    public void TheAppRegistrationManifestDefinesExactlyTheStaffRolesOfTheContract()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "entra", "app-registration.json")));
        var roles = manifest.RootElement.GetProperty("appRoles").EnumerateArray().ToList();
        Assert.Equal(StaffRoles.Staff.Order(StringComparer.Ordinal), roles.Select(r => r.GetProperty("value").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(roles.Count, roles.Select(r => Guid.Parse(r.GetProperty("id").GetString()!)).Distinct().Count());
        Assert.All(roles, r => Assert.True(r.GetProperty("isEnabled").GetBoolean()));
        Assert.All(roles, r => Assert.Contains("User", r.GetProperty("allowedMemberTypes").EnumerateArray().Select(m => m.GetString())));
        Assert.DoesNotContain(StaffRoles.Scanner, roles.Select(r => r.GetProperty("value").GetString()));
    }
}
