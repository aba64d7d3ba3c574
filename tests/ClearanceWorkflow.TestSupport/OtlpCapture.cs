using System.Collections.Concurrent;
using System.Net;

namespace ClearanceWorkflow.TestSupport;

/// <summary>
/// An OTLP/HTTP endpoint on loopback that keeps every export it receives (traces, metrics, logs) as raw protobuf bytes,
/// so a test can search everything a server exported. Strings travel in protobuf as their UTF-8 bytes.
/// </summary>
public sealed class OtlpCapture : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> exports = new();

    /// <summary>Listens on a free loopback port.</summary>
    public OtlpCapture()
    {
        Port = FreePorts.Next();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary>The settings that point a server's exporter here, exporting every half second.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{Port}",
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "500",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        // Test servers log warnings only; the service's own information logs are exported too, so they are searched.
        ["Logging__LogLevel__ClearanceWorkflow"] = "Information",
    };

    /// <summary>The signals received so far (<c>traces</c>, <c>metrics</c>, <c>logs</c>) with their bytes.</summary>
    public IReadOnlyList<(string Signal, byte[] Body)> Exports => [.. exports];

    /// <summary>Whether any export holds <paramref name="text"/> (UTF-8).</summary>
    public bool Contains(string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return exports.Any(e => e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            exports.Enqueue((context.Request.Url!.AbsolutePath.Split('/').Last(), body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    /// <inheritdoc />
    public void Dispose() => listener.Close();
}
