using System.Text.RegularExpressions;
using ClearanceWorkflow.Infrastructure.Tests.Support;
using ClearanceWorkflow.Service.Storage;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>The app's identity gets the data roles the host, the task hub and the service need; scanners get scans only.</summary>
public sealed class RoleAssignmentTests
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private static IReadOnlyList<TemplateResource> Assignments => CompiledTemplate.OfType("Microsoft.Authorization/roleAssignments");

    [Fact]
    public void TheAppIdentityHasBlobQueueAndTableDataRolesOnTheAccount()
    {
        var storageRoles = Assert.Single(Assignments, a => a.Resource.TryGetProperty("copy", out _));
        Assert.Equal([BlobDataOwner, QueueDataContributor, TableDataContributor], storageRoles.LoopItems().Select(RoleId));
        Assert.Equal("[parameters('appPrincipalId')]", storageRoles.Properties.GetProperty("principalId").GetString());
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", storageRoles.Resource.GetProperty("scope").GetString());
    }

    [Fact]
    public void TheAppIdentityPublishesTelemetry()
    {
        var telemetry = Assert.Single(Assignments, a => a.Resource.GetProperty("scope").GetString()!.Contains("Microsoft.Insights/components", StringComparison.Ordinal));
        Assert.Equal("[parameters('appPrincipalId')]", telemetry.Properties.GetProperty("principalId").GetString());
        Assert.Equal(MonitoringMetricsPublisher, RoleOf(telemetry));
    }

    [Fact]
    public void ScanningStationsMayWriteToScansOnlyAndOnlyWhenAPrincipalIsGiven()
    {
        var scanner = Assert.Single(Assignments, a => a.Properties.GetProperty("principalId").GetString() == "[parameters('scannerPrincipalId')]");
        Assert.Equal("[not(empty(parameters('scannerPrincipalId')))]", scanner.Resource.GetProperty("condition").GetString());
        Assert.Equal(
            "[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', parameters('storageAccountName'), 'default', parameters('scansContainerName'))]",
            scanner.Resource.GetProperty("scope").GetString());
        Assert.Equal(StorageNames.ScansContainer, CompiledTemplate.ParametersOf("rbac").GetProperty("scansContainerName").GetProperty("defaultValue").GetString());
        Assert.Contains("'Microsoft.Authorization/roleDefinitions'", scanner.Properties.GetProperty("roleDefinitionId").GetString(), StringComparison.Ordinal);
        Assert.Contains("guid(resourceGroup().id, 'clearanceworkflow-scan-writer')", scanner.Properties.GetProperty("roleDefinitionId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ScanningStationsMayCreateBlobsButNotReadListOrDeleteThem()
    {
        var role = CompiledTemplate.OneOf("Microsoft.Authorization/roleDefinitions");
        Assert.Equal("CustomRole", role.Properties.GetProperty("type").GetString());
        var permissions = role.Properties.GetProperty("permissions")[0];
        Assert.Empty(permissions.GetProperty("actions").EnumerateArray());
        Assert.Equal(
            ["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write", "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action"],
            permissions.GetProperty("dataActions").EnumerateArray().Select(a => a.GetString()));
    }

    /// <summary>The role id behind <c>[variables('roles').name]</c>, as rbac.bicep names its roles.</summary>
    private static string RoleId(string expression)
    {
        var name = Regex.Match(expression, @"^\[variables\('roles'\)\.(\w+)\]$").Groups[1].Value;
        return CompiledTemplate.Module("rbac").Properties.GetProperty("template").GetProperty("variables").GetProperty("roles").GetProperty(name).GetString()!;
    }

    private static string RoleOf(TemplateResource assignment)
    {
        var definition = assignment.Properties.GetProperty("roleDefinitionId").GetString()!;
        var inner = Regex.Match(definition, @"roleDefinitions', (.+)\)\]$").Groups[1].Value;
        return RoleId($"[{inner}]");
    }

    [Fact]
    public void EveryAssignmentIsNamedAfterItsScopePrincipalAndRole()
    {
        // A built-in role by its id in variables('roles'); the custom scan writer by its fixed name.
        Assert.All(Assignments, a => Assert.Matches(@"^\[guid\(.+, parameters\('\w+PrincipalId'\), (variables\('\w+'\)|'clearanceworkflow-scan-writer')", a.Name));
    }
}
