using Azure;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Identity;
using ClearanceWorkflow.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Http;

/// <summary>The staff reading routes of one case: the view, the timeline, documents and correspondence.</summary>
public sealed class CaseQueryHandlers(
    Authorization authorization,
    AccessCodes accessCodes,
    ICaseTimeline timeline,
    ICorrespondenceStore correspondence,
    IOutbox outbox,
    TableCaseIndex index,
    StorageConnection storage,
    CaseReader cases)
{
    /// <summary><c>GET /api/cases/{caseNumber}</c>.</summary>
    public Task<IResult> GetCaseAsync(HttpRequest request, DurableTaskClient client, string caseNumber) =>
        WithCaseAsync(request, client, caseNumber, (found, caller) => Task.FromResult(Json(
            CaseViews.ForCaller(found.Opening, found.Status, accessCodes.For(caseNumber), caller.Roles))));

    /// <summary><c>GET /api/cases/{caseNumber}/timeline</c> (staff notes may be personal: sealed like the rest).</summary>
    public Task<IResult> GetTimelineAsync(HttpRequest request, DurableTaskClient client, string caseNumber) =>
        WithSealedCaseAsync(request, client, caseNumber, CaseParts.Timeline, async _ =>
            Json(new CaseTimelineAnswer(caseNumber, await timeline.ReadAsync(caseNumber, request.HttpContext.RequestAborted))));

    /// <summary><c>GET /api/cases/{caseNumber}/documents</c>.</summary>
    public Task<IResult> ListDocumentsAsync(HttpRequest request, DurableTaskClient client, string caseNumber) =>
        WithSealedCaseAsync(request, client, caseNumber, CaseParts.Documents, found => Task.FromResult(Json(new CaseDocumentsAnswer(caseNumber, found.Status.Documents))));

    /// <summary><c>GET /api/cases/{caseNumber}/documents/{documentId}</c>: the scanned file.</summary>
    public Task<IResult> GetDocumentAsync(HttpRequest request, DurableTaskClient client, string caseNumber, string documentId) =>
        WithSealedCaseAsync(request, client, caseNumber, CaseParts.Documents, async found =>
        {
            if (found.Status.Documents.All(d => d.DocumentId != documentId))
            {
                return Problems.NotFound("document with this id on this case");
            }
            var blob = storage.Blobs.GetBlobContainerClient(StorageNames.DocumentsContainer).GetBlobClient($"{caseNumber}/{documentId}");
            try
            {
                var download = await blob.DownloadStreamingAsync(cancellationToken: request.HttpContext.RequestAborted);
                // A download, never rendered in the browser as whatever it claims or sniffs to be.
                request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.Stream(download.Value.Content, download.Value.Details.ContentType, $"{caseNumber}-{documentId}");
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return Problems.NotFound("document file");
            }
        });

    /// <summary><c>GET /api/cases/{caseNumber}/correspondence/{itemId}</c>: the rendered PDF.</summary>
    /// <remarks>
    /// Of a sealed case, only records staff and supervisors: its letters name the petitioner, the birth date and the
    /// booking number. Records print them and hand them to the mailroom sealed; the mailroom still lists and marks them.
    /// </remarks>
    public Task<IResult> GetCorrespondenceAsync(HttpRequest request, DurableTaskClient client, string caseNumber, string itemId) =>
        WithSealedCaseAsync(request, client, caseNumber, CaseParts.Correspondence, async found =>
        {
            // An item the outbox lists for the case is the case's, even before the published status shows it there.
            if ((found.Status.Correspondence.All(c => c.ItemId != itemId)
                    && !await outbox.ContainsAsync(caseNumber, itemId, request.HttpContext.RequestAborted))
                || await correspondence.OpenAsync(caseNumber, itemId, request.HttpContext.RequestAborted) is not { } pdf)
            {
                return Problems.NotFound("correspondence item with this id on this case");
            }
            request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Stream(pdf, "application/pdf", $"{caseNumber}-{itemId}.pdf");
        });

    /// <summary>
    /// Answers for a case to a caller whose roles see <paramref name="part"/> of it (403 otherwise, before the case is read);
    /// a sealed case only to records staff and supervisors.
    /// </summary>
    private async Task<IResult> WithSealedCaseAsync(
        HttpRequest request, DurableTaskClient client, string caseNumber, CaseParts part, Func<StoredCase, Task<IResult>> answer)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (authorization.Caller(request) is { } caller && !RoleViews.For(caller.Roles).HasFlag(part))
        {
            return Problems.Forbidden(Needing(part));
        }
        return await WithCaseAsync(request, client, caseNumber, (found, caller) =>
            CaseRules.MaySeePersonalData(found.Status, caller.Roles) ? answer(found) : Task.FromResult(Problems.Sealed()));
    }

    /// <summary>The roles that see <paramref name="part"/>, for the 403's detail.</summary>
    private static string Needing(CaseParts part) =>
        string.Join("' or '", RoleViews.ByRole.Where(r => r.Value.HasFlag(part)).Select(r => r.Key));

    private async Task<IResult> WithCaseAsync(
        HttpRequest request, DurableTaskClient client, string caseNumber, Func<StoredCase, Caller, Task<IResult>> answer)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, denied) = authorization.ToRead(request, "staff");
        if (denied is not null)
        {
            return denied;
        }
        var found = await cases.ReadAsync(client, caseNumber, request.HttpContext.RequestAborted);
        if (found is not null)
        {
            return await answer(found, caller!);
        }
        return CaseNumber.IsWellFormed(caseNumber) && await index.FindTombstoneAsync(caseNumber, request.HttpContext.RequestAborted) is { } tombstone
            ? Problems.Gone($"The records of case {caseNumber} were destroyed.", new Dictionary<string, object?>
            {
                ["caseNumber"] = tombstone.CaseNumber,
                ["service"] = tombstone.Service.ToString(),
                ["outcome"] = tombstone.Outcome.ToString(),
                ["openedAt"] = tombstone.OpenedAt,
                ["destroyedAt"] = tombstone.DestroyedAt,
                ["destroyedBy"] = tombstone.DestroyedBy,
            })
            : Problems.NotFound("case with this number");
    }

    private static IResult Json(object value) => Results.Json(value, CaseJson.Options);
}
