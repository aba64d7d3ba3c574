using System.Threading.RateLimiting;
using ClearanceWorkflow.Service.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ClearanceWorkflow.Service.Http;

/// <summary>Limits public lookups per client address, in the handlers so that both hosts enforce it.</summary>
public sealed class PublicRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    /// <summary>Creates the limiter from <see cref="SecurityOptions.PublicRequestsPerMinute"/>.</summary>
    public PublicRateLimiter(IOptions<SecurityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = Math.Max(1, options.Value.PublicRequestsPerMinute);
        limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Whether the request's client may make one more public request now.</summary>
    public bool TryAcquire(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
