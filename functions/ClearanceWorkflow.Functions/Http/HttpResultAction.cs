using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ClearanceWorkflow.Functions.Http;

/// <summary>
/// Runs a shared handler's <see cref="IResult"/> as the Functions ASP.NET Core integration's <see cref="IActionResult"/>.
/// The integration would execute a bare <see cref="IResult"/> too, but the worker then also serializes the returned
/// object into the invocation's return value: wrapped, that is an empty object instead of a copy of the response
/// (which may be a case view with personal data, or a document stream).
/// </summary>
public sealed class HttpResultAction : IActionResult
{
    private readonly IResult result;

    private HttpResultAction(IResult result) => this.result = result;

    /// <summary>
    /// Awaits a handler and wraps its result. Storage being down becomes a 503 problem; any other fault propagates, so
    /// the host logs it and answers 500.
    /// </summary>
    public static async Task<IActionResult> From(Task<IResult> handling)
    {
        ArgumentNullException.ThrowIfNull(handling);
        try
        {
            return new HttpResultAction(await handling);
        }
        catch (Exception e) when (Faults.IsOutage(e))
        {
            return new HttpResultAction(Faults.ToProblem(e));
        }
    }

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}
