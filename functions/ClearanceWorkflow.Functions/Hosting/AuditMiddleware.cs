using ClearanceWorkflow.Service.Audit;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace ClearanceWorkflow.Functions.Hosting;

/// <summary>Attaches the <see cref="AuditTrail"/> to every HTTP function, named as its route in the contract.</summary>
public sealed class AuditMiddleware : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http)
        {
            AuditTrail.Attach(http, context.FunctionDefinition.Name);
        }
        await next(context);
    }
}
