using System.Diagnostics;
using System.Text.Json;
using Azure;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Identity;
using ClearanceWorkflow.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Primitives;

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
    CaseReader cases,
    CaseChanges changes)
{
    /// <summary>
    /// <c>GET /api/cases/{caseNumber}</c>: the caller's view, tagged (<c>ETag</c>). Sent back in <c>If-None-Match</c>, the tag
    /// of the view still current gets 304; with <c>Prefer: wait=N</c> as well, the answer waits up to N seconds (at most
    /// <see cref="ViewTags.MaxWait"/>) for the view to change, and is the new view the moment it does, or 304 at the end.
    /// </summary>
    public async Task<IResult> GetCaseAsync(HttpRequest request, DurableTaskClient client, string caseNumber)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ifNoneMatch = request.Headers.IfNoneMatch;
        var wait = StringValues.IsNullOrEmpty(ifNoneMatch) ? TimeSpan.Zero : ViewTags.Wait(request.Headers["Prefer"]);
        var waited = Stopwatch.StartNew();
        var response = request.HttpContext.Response;
        while (true)
        {
            // Watched before the read: a step committed between the read and the wait still wakes it.
            using var next = wait > TimeSpan.Zero ? changes.Watch(caseNumber) : null;
            string? tag = null;
            var answer = await WithCaseAsync(request, client, caseNumber, (found, caller) =>
            {
                var view = CaseViews.ForCaller(found.Opening, found.Status, accessCodes.For(caseNumber), caller.Roles);
                var body = JsonSerializer.SerializeToUtf8Bytes(view, view.GetType(), CaseJson.Options);
                tag = ViewTags.Of(body);
                return Task.FromResult(Results.Bytes(body, "application/json; charset=utf-8"));
            });
            if (tag is null)
            {
                return answer;
            }
            var held = ViewTags.Holds(ifNoneMatch, tag);
            var left = wait - waited.Elapsed;
            if (!held || next is null || left <= TimeSpan.Zero)
            {
                response.Headers.ETag = tag;
                if (next is not null)
                {
                    response.Headers["Preference-Applied"] = $"wait={(int)wait.TotalSeconds}";
                }
                return held ? Results.StatusCode(StatusCodes.Status304NotModified) : answer;
            }
            var lookAgain = left < changes.LookAgainEvery ? left : changes.LookAgainEvery;
            await Task.WhenAny(next.Changed, Task.Delay(lookAgain, request.HttpContext.RequestAborted));
            if (request.HttpContext.RequestAborted.IsCancellationRequested)
            {
                // The reader went away (a console tab closed): nobody to answer.
                return Results.Empty;
            }
        }
    }

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
