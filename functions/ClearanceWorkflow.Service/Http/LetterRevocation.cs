using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Identity;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Http;

/// <summary>
/// <c>letter-revoked</c>: a supervisor revokes an issued letter, which then verifies as revoked. The one event a closed
/// case accepts; it is applied here rather than by the (finished) orchestration. Each half is idempotent on its own,
/// so a retry after a fault completes whatever the first attempt left undone.
/// </summary>
public sealed class LetterRevocation(IVerificationRegistry registry, ICaseTimeline timeline, TimeProvider clock)
{
    /// <summary>Revokes the letter named in <paramref name="body"/> of the case in <paramref name="stored"/>.</summary>
    public async Task<IResult> RevokeAsync(StoredCase stored, LetterRevoked body, Caller caller, string eventId, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(caller);
        var caseNumber = stored.Status.CaseNumber;
        if (!CaseRules.IssuedDocument(stored.Status.Outcome))
        {
            return Problems.Conflict($"Case {caseNumber} has no issued letter or certificate: only one that has been issued can be revoked.",
                new Dictionary<string, object?> { ["stage"] = stored.Status.Stage.ToString(), ["expectedEvents"] = stored.Status.ExpectedEvents });
        }
        if (!stored.Finished)
        {
            // The last timeline entries are still being written; appending now could take one of their places.
            return Problems.Conflict($"Case {caseNumber} is still closing; try again in a moment.",
                new Dictionary<string, object?> { ["stage"] = stored.Status.Stage.ToString(), ["expectedEvents"] = stored.Status.ExpectedEvents });
        }
        var code = VerificationCode.Normalize(body.VerificationCode!);
        var record = await registry.FindAsync(code, cancellationToken);
        if (record is null || record.CaseNumber != caseNumber)
        {
            return Problems.Invalid("verificationCode", $"No letter of case {caseNumber} has this verification code.");
        }
        var now = clock.GetUtcNow();
        if (!record.Revoked)
        {
            await registry.RevokeAsync(code, now, cancellationToken);
        }
        var entries = await timeline.ReadAsync(caseNumber, cancellationToken);
        if (entries.All(e => e.EventId != eventId))
        {
            await timeline.AppendAfterCloseAsync(caseNumber,
                new TimelineEntry(0, now, "LetterRevoked", caller.Id, $"Letter {code} revoked: {body.Reason}", eventId, note), cancellationToken);
        }
        return Results.Json(new EventAccepted(caseNumber, EventTypes.LetterRevoked, eventId), CaseJson.Options, statusCode: StatusCodes.Status202Accepted);
    }
}
