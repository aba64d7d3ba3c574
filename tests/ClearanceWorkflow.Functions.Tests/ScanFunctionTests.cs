using ClearanceWorkflow.Functions.Tests.Support;
using ClearanceWorkflow.Service.Storage;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>Scans arrive through an Event Grid blob trigger on the container the scanning stations write to.</summary>
public sealed class ScanFunctionTests
{
    [Fact]
    public void TheScanTriggerWatchesEveryBlobInScansThroughEventGrid()
    {
        var function = Assert.Single(FunctionCatalog.WithTrigger("blobTrigger"));
        Assert.Equal($"{StorageNames.ScansContainer}/{{name}}", function.Trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", function.Trigger.GetProperty("source").GetString());
        Assert.Equal(StorageConnection.Setting, function.Trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void TheScanTriggerHandsTheBlobNameAndADurableClientToTheIngestor()
    {
        var function = Assert.Single(FunctionCatalog.WithTrigger("blobTrigger"));
        Assert.Contains(function.Method.GetParameters(), p => p.Name == "name" && p.ParameterType == typeof(string));
        Assert.Contains(function.Bindings, b => b.GetProperty("type").GetString() == "durableClient");
    }
}
