using ClearanceWorkflow.Functions.Scans;
using ClearanceWorkflow.Infrastructure.Tests.Support;
using ClearanceWorkflow.Service.Storage;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>New blobs in scans reach IngestScan through Event Grid and the blob extension's webhook.</summary>
public sealed class ScanEventsTests
{
    [Fact]
    public void TheStorageAccountHasAnEventGridSystemTopic()
    {
        var topic = CompiledTemplate.OneOf("Microsoft.EventGrid/systemTopics").Properties;
        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.GetProperty("topicType").GetString());
        Assert.Contains("Microsoft.Storage/storageAccounts", topic.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSubscriptionDeliversBlobCreatedInScansToTheBlobTriggerWebhook()
    {
        var subscription = CompiledTemplate.OneOf("Microsoft.EventGrid/systemTopics/eventSubscriptions").Properties;
        var parameters = CompiledTemplate.ParametersOf("scan-subscription");
        Assert.Equal(ScanFunction.Name, parameters.GetProperty("functionName").GetProperty("defaultValue").GetString());
        Assert.Equal(StorageNames.ScansContainer, parameters.GetProperty("scansContainerName").GetProperty("defaultValue").GetString());

        var destination = subscription.GetProperty("destination");
        Assert.Equal("WebHook", destination.GetProperty("endpointType").GetString());
        var endpoint = destination.GetProperty("properties").GetProperty("endpointUrl").GetString()!;
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}", endpoint, StringComparison.Ordinal);
        Assert.Contains("parameters('functionName')", endpoint, StringComparison.Ordinal);
        // The key is the host's blobs_extension system key, read at deployment time.
        Assert.Contains("/host/default", Template("scan-subscription"), StringComparison.Ordinal);
        Assert.Contains(".systemKeys.blobs_extension", Template("scan-subscription"), StringComparison.Ordinal);

        var filter = subscription.GetProperty("filter");
        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter.GetProperty("includedEventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('scansContainerName'))]", filter.GetProperty("subjectBeginsWith").GetString());
    }

    [Fact]
    public void TheSubscriptionWaitsForTheDeployedCode()
    {
        // Its webhook key exists only once the code runs: the postdeploy hook provisions again with the switch on.
        var module = CompiledTemplate.Module("scan-subscription");
        Assert.Equal("[parameters('subscribeScanEvents')]", module.Resource.GetProperty("condition").GetString());
        Assert.False(CompiledTemplate.Main.GetProperty("parameters").GetProperty("subscribeScanEvents").GetProperty("defaultValue").GetBoolean());
    }

    private static string Template(string module) => CompiledTemplate.Module(module).Properties.GetProperty("template").GetRawText();
}
