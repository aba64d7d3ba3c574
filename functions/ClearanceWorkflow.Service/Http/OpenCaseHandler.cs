using ClearanceWorkflow.Core.Activities;
using System.Text.Json;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Workflows;
using ClearanceWorkflow.Service.Configuration;
using ClearanceWorkflow.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClearanceWorkflow.Service.Http;

/// <summary><c>POST /api/cases</c>: open a case from received mail, once per <c>Idempotency-Key</c>.</summary>
public sealed class OpenCaseHandler(
    Authorization authorization,
    IdempotencyKeys idempotencyKeys,
    AccessCodes accessCodes,
    IOptions<WorkflowOptions> workflow,
    ReferralDirectory referrals,
    TableCaseIndex index,
    TimeProvider clock,
    CaseReader cases,
    ClosedCaseArchive archive,
    ILogger<OpenCaseHandler> logger)
{
    /// <summary>The header that makes a retried request return the same case.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Handles the request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, denied) = authorization.ToAct(request, StaffRoles.Intake);
        if (denied is not null)
        {
            return denied;
        }
        var key = request.Headers[IdempotencyHeader].ToString();
        if (key.Length > 200)
        {
            return Problems.Invalid(IdempotencyHeader, "The Idempotency-Key is longer than 200 characters.");
        }
        var (json, unreadable) = await RequestBody.ReadAsync(request, required: true);
        if (unreadable is not null)
        {
            return unreadable;
        }
        var (body, unbound) = RequestBody.Bind<OpenCaseRequest>(json!.Value);
        if (unbound is not null)
        {
            return unbound;
        }
        var now = clock.GetUtcNow();
        var errors = OpenCaseValidator.Validate(body!, now);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        if (!OpenCaseValidator.Offered.Contains(body!.Service!.Value))
        {
            return Problems.NotOffered("service", $"{body.Service} cases are not run by this deployment yet.");
        }
        // A purpose the unit does not serve is not refused silently: it becomes a referral case.
        var referredFor = ReferralRules.ReferredFor(body);
        var service = referredFor is null ? body.Service.Value : ServiceKind.Referral;
        var caseNumber = CaseNumber.New(service, body.ReceivedOn!.Value.Year);
        // A purged case leaves a tombstone so that its number, written on envelopes and letters, never names another case;
        // nor does the number of a closed case kept out of the durable backend.
        while (await index.FindTombstoneAsync(caseNumber, request.HttpContext.RequestAborted) is not null
            || await archive.FindAsync(caseNumber, request.HttpContext.RequestAborted) is not null)
        {
            caseNumber = CaseNumber.New(service, body.ReceivedOn.Value.Year);
        }
        if (key.Length > 0)
        {
            // Hash of the request as bound, so a retry that differs only in spacing or property order is the same request.
            var requestHash = IdempotencyKeys.Hash(JsonSerializer.Serialize(body, CaseJson.Options));
            var claim = await idempotencyKeys.ClaimAsync(key, new IdempotencyClaim(caseNumber, requestHash), request.HttpContext.RequestAborted);
            if (claim.RequestHash != requestHash)
            {
                return Problems.Conflict("This Idempotency-Key was already used for a different request.");
            }
            caseNumber = claim.CaseNumber;
            if (await cases.ReadAsync(client, caseNumber, request.HttpContext.RequestAborted) is { } existing)
            {
                return Replayed(existing, caller!);
            }
        }

        var opening = new CaseOpening
        {
            CaseNumber = caseNumber,
            Service = service,
            Channel = body.Channel!.Value,
            ReceivedOn = body.ReceivedOn.Value,
            Applicant = body.Applicant!,
            Clearance = body.Clearance,
            Exoneration = body.Exoneration,
            Sealing = body.Sealing,
            ReferredFor = referredFor,
            Payment = body.Payment,
            ReferTo = referredFor is { } referred ? referrals.For(referred) : null,
            Terms = workflow.Value.TermsFor(body.ReceivedOn.Value),
            OpenedBy = caller!.Id,
            OpenedAt = now,
        };
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(CaseTasks.OrchestratorFor(service), opening,
                new StartOrchestrationOptions(caseNumber), request.HttpContext.RequestAborted);
        }
        catch (Exception) when (key.Length > 0)
        {
            // A concurrent retry under the same key may have scheduled the case first.
            var raced = await cases.ReadAsync(client, caseNumber, request.HttpContext.RequestAborted);
            if (raced is null)
            {
                throw;
            }
            return Replayed(raced, caller);
        }
        logger.LogInformation("Case {CaseNumber} opened by {StaffId}", caseNumber, caller.Id);
        CaseMetrics.CasesOpened.Add(1, new KeyValuePair<string, object?>("service", opening.Service.ToString()));
        return Created(opening, CaseRules.Initial(opening), replayed: false);
    }

    // A retry may come long after the opening (the case sealed by then): it reads the case as GET /api/cases/{n} does.
    private CreatedCase Replayed(StoredCase existing, Identity.Caller caller) => new(
        $"/api/cases/{existing.Opening.CaseNumber}",
        JsonSerializer.SerializeToUtf8Bytes(
            CaseViews.ForCaller(existing.Opening, existing.Status, accessCodes.For(existing.Opening.CaseNumber), caller.Roles), CaseJson.Options),
        replayed: true);

    private CreatedCase Created(CaseOpening opening, CaseStatus status, bool replayed)
    {
        var view = CaseViews.For(opening, status, accessCodes.For(opening.CaseNumber));
        return new CreatedCase($"/api/cases/{opening.CaseNumber}", JsonSerializer.SerializeToUtf8Bytes(view, CaseJson.Options), replayed);
    }

    private sealed class CreatedCase(string location, byte[] json, bool replayed) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status201Created;
            httpContext.Response.Headers.Location = location;
            if (replayed)
            {
                httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            }
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await httpContext.Response.Body.WriteAsync(json);
        }
    }
}
