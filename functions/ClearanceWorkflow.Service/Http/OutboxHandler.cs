using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Http;

/// <summary><c>GET /api/outbox</c>: what the mailroom has to print and mail, oldest first.</summary>
public sealed class OutboxHandler(Authorization authorization, IOutbox outbox)
{
    /// <summary>Handles the request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, denied) = authorization.ToRead(request, StaffRoles.Mailroom);
        if (denied is not null)
        {
            return denied;
        }
        var items = await outbox.ListAsync(request.HttpContext.RequestAborted);
        return Results.Json(new OutboxAnswer(
            [.. items.Select(i => new OutboxAnswerItem(i.CaseNumber, i.ItemId, i.Kind, i.QueuedAt, $"/api/cases/{i.CaseNumber}/correspondence/{i.ItemId}"))]),
            CaseJson.Options);
    }
}
