using System.Security.Cryptography;
using System.Text;

namespace ClearanceWorkflow.Server;

/// <summary>
/// The in-process sidecar listens on a loopback port, which every local user of the machine can reach; it would let them
/// read and drive every case. A secret drawn at start-up, known to this process alone, must come with every call on that
/// port: the worker and the client send it, and anything else on the port is refused before it reaches the sidecar.
/// </summary>
public sealed class SidecarToken
{
    /// <summary>The header that carries the token.</summary>
    public const string Header = "x-sidecar-token";

    /// <summary>The token as sent.</summary>
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Whether <paramref name="presented"/> is the token (constant time).</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Value), Encoding.ASCII.GetBytes(presented));

    /// <summary>A handler that adds the token to every call of the worker and the client.</summary>
    public DelegatingHandler Handler() => new Adding(Value) { InnerHandler = new SocketsHttpHandler() };

    private sealed class Adding(string value) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation(Header, value);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
