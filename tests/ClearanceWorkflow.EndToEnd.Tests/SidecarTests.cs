using System.Net;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>The sidecar's loopback port drives every case: another local program reaching it gets nothing.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SidecarTests(ServiceFixture service)
{
    [Theory]
    [InlineData(null)]
    [InlineData("a-guessed-token")]
    public async Task A_call_to_the_sidecar_without_the_servers_own_token_is_refused(string? token)
    {
        using var http = new HttpClient();
        // gRPC's own transport: HTTP/2 without TLS, as the server's worker speaks it.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{service.Server.SidecarPort}/TaskHubSidecarService/Hello")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]) { Headers = { ContentType = new("application/grpc") } },
        };
        if (token is not null)
        {
            request.Headers.Add("x-sidecar-token", token);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // The server's own worker and client, which hold the token, still work.
        using var health = await service.Api.GetAsync("api/health", role: null);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
