using ClearanceWorkflow.Infrastructure.Tests.Support;
using ClearanceWorkflow.Service.Storage;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>The storage account holds what the service uses, and only identities with a role reach it.</summary>
public sealed class StorageTests
{
    private const string Containers = "Microsoft.Storage/storageAccounts/blobServices/containers";

    [Fact]
    public void TheStorageModuleCreatesEveryContainerOfTheService()
    {
        var loop = Assert.Single(CompiledTemplate.OfType(Containers), r => r.Resource.TryGetProperty("copy", out _));
        Assert.Equal(StorageNames.Containers, loop.LoopItems());
    }

    [Fact]
    public void TheStorageModuleCreatesEveryTableOfTheService()
    {
        var loop = CompiledTemplate.OneOf("Microsoft.Storage/storageAccounts/tableServices/tables");
        Assert.Equal(StorageNames.Tables, loop.LoopItems());
    }

    [Fact]
    public void TheAppIsDeployedFromItsOwnContainerInTheSameAccount()
    {
        var deployment = Assert.Single(CompiledTemplate.OfType(Containers), r => !r.Resource.TryGetProperty("copy", out _));
        Assert.Equal("[format('{0}/{1}/{2}', parameters('name'), 'default', parameters('deploymentContainerName'))]", deployment.Name);
        var storage = CompiledTemplate.OneOf("Microsoft.Web/sites").Properties.GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage");
        Assert.Equal("blobContainer", storage.GetProperty("type").GetString());
        Assert.Contains("parameters('deploymentContainerName')", storage.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", storage.GetProperty("authentication").GetProperty("type").GetString());
    }

    [Fact]
    public void TheAuditCanBeAppendedToButNotChangedOrDeletedUntilItsRetentionEndsThenItIsDeleted()
    {
        var policy = CompiledTemplate.OneOf("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");
        Assert.Contains("'audit'", policy.Name, StringComparison.Ordinal);
        Assert.True(policy.Properties.GetProperty("allowProtectedAppendWritesAll").GetBoolean());
        Assert.Equal("[parameters('auditRetentionDays')]", policy.Properties.GetProperty("immutabilityPeriodSinceCreationInDays").GetString());
        var rule = CompiledTemplate.OneOf("Microsoft.Storage/storageAccounts/managementPolicies").Properties
            .GetProperty("policy").GetProperty("rules")[0].GetProperty("definition");
        Assert.Equal("audit/", rule.GetProperty("filters").GetProperty("prefixMatch")[0].GetString());
        Assert.Equal("[parameters('auditRetentionDays')]",
            rule.GetProperty("actions").GetProperty("baseBlob").GetProperty("delete").GetProperty("daysAfterCreationGreaterThan").GetString());
    }

    [Fact]
    public void ADeletedBlobIsGoneAtOnceSoADestroyedCaseLeavesNothingToRestore()
    {
        var blobs = CompiledTemplate.OneOf("Microsoft.Storage/storageAccounts/blobServices").Properties;
        Assert.False(blobs.GetProperty("deleteRetentionPolicy").GetProperty("enabled").GetBoolean());
        Assert.False(blobs.GetProperty("isVersioningEnabled").GetBoolean());
        Assert.False(blobs.GetProperty("changeFeed").GetProperty("enabled").GetBoolean());
        Assert.False(blobs.GetProperty("restorePolicy").GetProperty("enabled").GetBoolean());
        // A whole container deleted by mistake can still be brought back: the service never deletes one.
        Assert.True(blobs.GetProperty("containerDeleteRetentionPolicy").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void SharedKeysAndAnonymousBlobAccessAreOffAndTlsIsAtLeast12()
    {
        var account = CompiledTemplate.OneOf("Microsoft.Storage/storageAccounts").Properties;
        Assert.False(account.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(account.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", account.GetProperty("minimumTlsVersion").GetString());
        Assert.True(account.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.All(CompiledTemplate.OfType(Containers), c => Assert.Equal("None", c.Properties.GetProperty("publicAccess").GetString()));
    }
}
