using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Http;

/// <summary>What an applicant reads about their case: plain words, nothing personal.</summary>
public static class PlainWords
{
    /// <summary>The stage of a case of <paramref name="service"/> in plain words.</summary>
    public static string Stage(ServiceKind service, CaseStage stage) => (service, stage) switch
    {
        (ServiceKind.Referral, CaseStage.AwaitingMailing) =>
            "Your request belongs to another agency; a letter telling you where to send it will be mailed shortly.",
        _ => Stage(stage),
    };

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
        _ => null,
    };
}
