using System.Net;
using System.Net.Sockets;

namespace ClearanceWorkflow.TestSupport;

/// <summary>Free loopback ports, so tests never collide with a developer's running service.</summary>
public static class FreePorts
{
    /// <summary>A port free on 127.0.0.1 right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on <paramref name="port"/>.</summary>
    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout, Func<bool>? stillAlive = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (stillAlive is not null && !stillAlive())
            {
                throw new InvalidOperationException($"The process meant to listen on port {port} exited.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(Poll.Interval);
            }
        }
        throw new TimeoutException($"Nothing listened on port {port} within {timeout}.");
    }
}
