using System.Net.Sockets;
using Azure;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Http;

/// <summary>Turns a fault no handler expected into problem details: storage or the durable backend being down is a 503.</summary>
public static class Faults
{
    /// <summary>Whether <paramref name="exception"/> says storage or the durable backend cannot be reached now.</summary>
    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Unknown or StatusCode.Internal }:
                case RequestFailedException { Status: 0 or >= 500 }:
                case SocketException:
                case HttpRequestException:
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsOutage):
                    return true;
            }
        }
        return false;
    }

    /// <summary>The problem to answer for <paramref name="exception"/>.</summary>
    public static IResult ToProblem(Exception? exception) => IsOutage(exception)
        ? Results.Problem(statusCode: 503, title: "Temporarily unavailable",
            detail: "Storage is not answering right now; nothing was changed. Try again shortly.")
        : Results.Problem(statusCode: 500, title: "Unexpected error", detail: "The request failed; nothing is known to have changed.");
}
