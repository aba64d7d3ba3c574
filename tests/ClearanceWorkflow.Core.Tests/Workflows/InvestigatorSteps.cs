using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>The steps investigators and the mailroom take on an exoneration.</summary>
public static class InvestigatorSteps
{
    /// <summary>Identity verified as not the person arrested: the case waits for the investigation.</summary>
    public static async Task<CaseStatus> NoMatchAsync(this CaseUnderTest c)
    {
        await c.RaiseAsync(EventTypes.IdentityVerified, new IdentityVerified(IdentityResult.NoMatch), actor: "investigator-1");
        return await c.WaitForStageAsync(CaseStage.Investigation);
    }

    /// <summary>Through identity verification, with the investigation's result.</summary>
    public static async Task InvestigatedAsync(this CaseUnderTest c, InvestigationResult result, DateTimeOffset? returnVisitAt = null)
    {
        await c.NoMatchAsync();
        await c.RaiseAsync(EventTypes.InvestigationCompleted, new InvestigationCompleted(result, returnVisitAt), actor: "investigator-1");
    }

    /// <summary>Through the investigation to a return visit at <paramref name="visitAt"/>: the case waits for the visit.</summary>
    public static async Task<CaseStatus> ToReturnVisitAsync(this CaseUnderTest c, DateTimeOffset visitAt)
    {
        await c.InvestigatedAsync(InvestigationResult.NeedsReturnVisit, visitAt);
        return await c.WaitForStageAsync(CaseStage.AwaitingReturnVisit);
    }

    /// <summary>Final verification with <paramref name="verified"/>.</summary>
    public static Task<string> FinalVerificationAsync(this CaseUnderTest c, bool verified) =>
        c.RaiseAsync(EventTypes.FinalVerificationCompleted, new FinalVerificationCompleted(verified), actor: "investigator-1");

    /// <summary>Waits until the case is mailing its closing notice of <paramref name="kind"/> and returns the notice's text.</summary>
    public static async Task<string> ClosingNoticeAsync(this CaseUnderTest c, CorrespondenceKind kind)
    {
        var status = await c.WaitUntilAsync($"the {kind} in the outbox", s => s.Stage == CaseStage.AwaitingMailing
            && s.Correspondence.Any(i => i.Kind == kind && i.State == CorrespondenceState.InOutbox));
        return c.TextOf(status.Correspondence.Single(i => i.Kind == kind).ItemId)!;
    }

    /// <summary>Mails every item of the case in the outbox and (unless told otherwise) waits until the case has finished.</summary>
    public static async Task<CaseStatus> MailAllAsync(this CaseUnderTest c, bool waitUntilFinished = true)
    {
        var status = (await c.StatusAsync())!;
        foreach (var item in status.Correspondence.Where(i => i.State == CorrespondenceState.InOutbox))
        {
            await c.MailAsync(item.ItemId);
        }
        return waitUntilFinished
            ? await c.WaitUntilFinishedAsync()
            : await c.WaitUntilAsync("everything mailed", s => s.Correspondence.All(i => i.State == CorrespondenceState.Mailed));
    }

    /// <summary>A petition scanned and reviewed by the agency with <paramref name="recommendation"/>: it waits on the prosecutor or closes.</summary>
    public static async Task ToDecisionAsync(this CaseUnderTest c, SealingRecommendation recommendation, string reason = "Not the person arrested.")
    {
        await c.ToAgencyReviewAsync();
        await c.RaiseAsync(EventTypes.AgencyReviewed, new AgencyReviewed(recommendation, reason), actor: "investigator-1");
    }

    /// <summary>Intake scans the petition and an identity document and completes scanning; the petition waits for the agency's review.</summary>
    public static async Task ToAgencyReviewAsync(this CaseUnderTest c)
    {
        await c.WaitUntilAsync("waiting for scans", s => s.Stage == CaseStage.AwaitingScans && s.ExpectedEvents.Count > 0);
        await c.ScanAsync("doc-petition", DocumentTypes.Petition);
        await c.ScanAsync("doc-licence", DocumentTypes.DriverLicense);
        await c.WaitUntilAsync("the petition and an identity document attached", s => s.Documents.Count == 2);
        await c.RaiseAsync(EventTypes.ScanningCompleted, actor: "intake-1");
        await c.WaitForStageAsync(CaseStage.AgencyReview);
    }
}
