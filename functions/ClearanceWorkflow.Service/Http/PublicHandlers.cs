using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Http;

/// <summary>The public routes: the applicant's status lookup and the consulate's letter verification.</summary>
public sealed class PublicHandlers(PublicRateLimiter limiter, AccessCodes accessCodes, IVerificationRegistry verifications, CaseReader cases)
{
    /// <summary><c>GET /api/status/{caseNumber}?accessCode=</c>: a wrong number and a wrong code answer the same 404.</summary>
    public async Task<IResult> GetStatusAsync(HttpRequest request, DurableTaskClient client, string caseNumber)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!limiter.TryAcquire(request))
        {
            return Problems.TooManyRequests();
        }
        var code = request.Query["accessCode"].ToString();
        var found = CaseNumber.IsWellFormed(caseNumber) && accessCodes.Matches(caseNumber, code)
            ? await cases.ReadAsync(client, caseNumber, request.HttpContext.RequestAborted)
            : null;
        if (found is null)
        {
            return Problems.NotFound("case with this number and access code");
        }
        var s = found.Status;
        return Results.Json(new PublicStatusAnswer(
            s.CaseNumber, s.Service, s.Status, PlainWords.PublicStage(s), PlainWords.Stage(s, found.Opening.Terms.TimeZone),
            PlainWords.WaitingFor(s.WaitingOn), PlainWords.Outcome(s.Outcome),
            s.Stage == CaseStage.AwaitingReturnVisit ? s.ReturnVisitAt : null, s.UpdatedAt), CaseJson.Options);
    }

    /// <summary><c>GET /api/verify/{verificationCode}</c>: is this letter genuine.</summary>
    public async Task<IResult> VerifyAsync(HttpRequest request, string verificationCode)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(verificationCode);
        if (!limiter.TryAcquire(request))
        {
            return Problems.TooManyRequests();
        }
        var normalized = VerificationCode.Normalize(verificationCode);
        var record = normalized.Length == 14 ? await verifications.FindAsync(normalized, request.HttpContext.RequestAborted) : null;
        if (record is null)
        {
            return Problems.NotFound("letter or certificate with this verification code");
        }
        return Results.Json(new VerificationAnswer(
            record.VerificationCode, record.Service, record.Kind, record.HolderName, record.IssuedOn,
            record.Revoked ? "Revoked" : "Valid", record.RevokedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null), CaseJson.Options);
    }
}
