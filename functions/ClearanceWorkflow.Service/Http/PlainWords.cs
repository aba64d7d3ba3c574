using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Workflows;

namespace ClearanceWorkflow.Service.Http;

/// <summary>What an applicant reads about their case: plain words, nothing personal.</summary>
public static class PlainWords
{
    /// <summary>Where the case stands in plain words; for a return visit, when to come (in the unit's time zone).</summary>
    public static string Stage(CaseStatus status, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(status);
        return (status.Service, status.Stage) switch
        {
            (ServiceKind.Referral, CaseStage.AwaitingMailing) =>
                "Your request belongs to another agency; a letter telling you where to send it will be mailed shortly.",
            (ServiceKind.Exoneration, CaseStage.AwaitingReturnVisit) when status.ReturnVisitAt is { } visit => status.ReturnVisitMissed
                ? status.ReschedulesLeft == 0 && status.Deadline is { } lastDay
                    ? $"You missed your return visit on {ExonerationTexts.At(visit, timeZone)}. You can still come in by {ExonerationTexts.At(lastDay, timeZone)}."
                    : $"You missed your return visit on {ExonerationTexts.At(visit, timeZone)}. Call (213) 486-8320 to reschedule it."
                : $"Please come back for final verification on {ExonerationTexts.At(visit, timeZone)}.",
            // One phrase from the records check to the letter's approval, so the status never tells whether a record was found.
            (ServiceKind.ClearanceLetter, CaseStage.RecordsCheck or CaseStage.SupervisorDecision or CaseStage.LetterApproval) =>
                "Your records check and the approval of your letter are in progress.",
            (ServiceKind.Exoneration, CaseStage.LetterApproval) => "Your certificate has been prepared and is waiting for final approval.",
            (ServiceKind.Exoneration, CaseStage.AwaitingMailing) => "Your request is decided; the documents will be given or mailed to you shortly.",
            // One phrase for the review and the prosecutor's part, so the status never tells which way the agency leans.
            (ServiceKind.ArrestRecordSealing, CaseStage.AgencyReview or CaseStage.ProsecutorConcurrence) => "Your petition is under review.",
            (ServiceKind.ArrestRecordSealing, CaseStage.AwaitingMailing or CaseStage.AwaitingDestruction) =>
                "Your petition has been decided; a letter is mailed to you.",
            _ => Stage(status.Stage),
        };
    }

    /// <summary>
    /// The stage an applicant is shown: a clearance letter between the records check and the approval of the letter is in
    /// <see cref="CaseStage.RecordsCheck"/> throughout, whether or not a supervisor has a record to decide on; a sealing
    /// petition with the prosecutor is still in <see cref="CaseStage.AgencyReview"/>, since only a recommendation to grant
    /// goes to the prosecutor.
    /// </summary>
    public static CaseStage PublicStage(CaseStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status switch
        {
            { Service: ServiceKind.ClearanceLetter, Stage: CaseStage.SupervisorDecision or CaseStage.LetterApproval } => CaseStage.RecordsCheck,
            { Service: ServiceKind.ArrestRecordSealing, Stage: CaseStage.ProsecutorConcurrence } => CaseStage.AgencyReview,
            _ => status.Stage,
        };
    }

    /// <summary>The stage in plain words.</summary>
    public static string Stage(CaseStage stage) => stage switch
    {
        CaseStage.AwaitingScans => "Your mail has arrived and is being scanned.",
        CaseStage.DocumentReview => "Your documents are being reviewed.",
        CaseStage.AwaitingApplicant => "We have mailed you a notice asking for more documents.",
        CaseStage.AwaitingDeposit => "Your documents are complete; your payment is being processed.",
        CaseStage.AwaitingClearance => "Waiting for your payment to clear.",
        CaseStage.AwaitingReplacementPayment => "Your payment was returned by your bank; we have mailed you a notice asking for a new one.",
        CaseStage.RecordsCheck => "Your records check is in progress.",
        CaseStage.SupervisorDecision => "Your request is with a supervisor for a decision.",
        CaseStage.LetterApproval => "Your letter has been prepared and is waiting for final approval.",
        CaseStage.AwaitingMailing => "Your letter is ready and will be mailed shortly.",
        CaseStage.IdentityVerification => "Your identity is being compared with the arrest record.",
        CaseStage.Investigation => "Your request is being investigated.",
        CaseStage.FinalVerification => "Final verification of your request is in progress.",
        CaseStage.Closed => "Your request is complete.",
        _ => "Your request is being worked on.",
    };

    /// <summary>What the unit waits for, in plain words.</summary>
    public static string WaitingFor(WaitingOn waitingOn) => waitingOn switch
    {
        WaitingOn.Staff => "the records unit",
        WaitingOn.Applicant => "you",
        WaitingOn.Scanning => "scanning of your mail",
        WaitingOn.Payment => "your bank",
        WaitingOn.Appointment => "your appointment",
        WaitingOn.Timer => "a scheduled date",
        _ => "nothing",
    };

    /// <summary>The outcome in plain words.</summary>
    public static string? Outcome(CaseOutcome? outcome) => outcome switch
    {
        CaseOutcome.Issued => "Your letter has been issued and mailed.",
        CaseOutcome.Denied => "Your request was denied; a letter explaining why has been mailed to you.",
        CaseOutcome.Referred => "Your request belongs to another agency; we have mailed you where to send it.",
        CaseOutcome.Abandoned => "Your request was closed because we did not receive the missing items; your payment was returned.",
        CaseOutcome.PaymentFailed => "Your request was closed because we did not receive a valid payment.",
        CaseOutcome.Exonerated => "Your certificate to exonerate the arrest has been issued.",
        CaseOutcome.NotExonerated => "A certificate could not be issued; the notice you were given explains why and what you can do.",
        CaseOutcome.NoShow => "Your request was closed because you did not come back for your return visit.",
        CaseOutcome.Destroyed => "Your request is complete.",
        CaseOutcome.DeemedDenied => "No decision was made in time, so your petition is deemed denied; a letter explaining your options has been mailed to you.",
        _ => null,
    };
}
