using System.Diagnostics;
using OpenTelemetry;

namespace ClearanceWorkflow.Service.Telemetry;

/// <summary>
/// Keeps of a client span's storage address only the account and the container: the rest of a blob's name may be a
/// station's file name. Server spans keep their path (case numbers only, never personal data). Both hosts' traces pass through it.
/// </summary>
public sealed class StorageAddressScrubber : BaseProcessor<Activity>
{
    /// <summary>The span tags that may carry a storage address: a scan's name is its station's file name, which may hold a name.</summary>
    private static readonly string[] AddressTags = ["url.full", "http.url", "url.path", "server.address.path", "az.blob.name"];

    /// <inheritdoc />
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Kind == ActivityKind.Server)
        {
            return;
        }
        foreach (var tag in AddressTags)
        {
            if (data.GetTagItem(tag) is string value)
            {
                data.SetTag(tag, Scrub(value));
            }
        }
        if (data.DisplayName.Contains('/', StringComparison.Ordinal))
        {
            data.DisplayName = Scrub(data.DisplayName);
        }
    }

    /// <summary>An address cut to its account and container (or its first two segments).</summary>
    public static string Scrub(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Authority}/{string.Join('/', uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(2))}"
            : string.Join('/', address.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(2));
}
