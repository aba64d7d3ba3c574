using System.Text.Json;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Functions.Tests.Support;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>
/// In the Functions app the durable payloads go through the worker's serializer (System.Text.Json, case-insensitive,
/// property names as declared), not the Durable Task SDK's default converter the server uses: every payload must survive it.
/// </summary>
public sealed class PayloadSerializationTests
{
    public static TheoryData<string> Payloads => [.. All.Keys];

    private static readonly Dictionary<string, object> All = new(SamplePayloads.ActivityInputs.Select(kv => KeyValuePair.Create($"activity {kv.Key}", kv.Value))
        .Concat(SamplePayloads.ServiceActivityInputs.Select(kv => KeyValuePair.Create($"activity input: {kv.Key}", kv.Value))))
    {
        ["sealing input"] = SamplePayloads.SealingOpening,
        ["sealing input carried over at a checkpoint"] = SamplePayloads.SealingCarriedOver,
        ["orchestration input"] = SamplePayloads.Opening,
        ["exoneration input"] = SamplePayloads.ExonerationOpening,
        ["custom status and output"] = SamplePayloads.Status,
        ["external event"] = SamplePayloads.Event,
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task TheWorkersSerializerRoundTrips(string payload)
    {
        var value = All[payload];
        await using var services = new ServiceCollection().AddFunctionsWorkerDefaults().Services.BuildServiceProvider();
        var serializer = services.GetRequiredService<IOptions<WorkerOptions>>().Value.Serializer!;

        // As the durable extension's converter does: to a JSON string and back to the declared type.
        var json = serializer.Serialize(value, value.GetType()).ToString();
        var back = await serializer.DeserializeAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), value.GetType(), CancellationToken.None);

        Assert.Equal(JsonSerializer.Serialize(value, CaseJson.Options), JsonSerializer.Serialize(back, CaseJson.Options));
    }
}
