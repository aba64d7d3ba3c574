using System.Text.Json.Serialization;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>Whether a case is still being worked.</summary>
[JsonConverter(typeof(EnumNames<CaseState>))]
public enum CaseState
{
    /// <summary>Being worked.</summary>
    Open,
    /// <summary>Finished, with an outcome.</summary>
    Closed,
}

/// <summary>The stages of every service, in the words a clerk uses.</summary>
[JsonConverter(typeof(EnumNames<CaseStage>))]
public enum CaseStage
{
    /// <summary>Waiting for the scanning station to finish.</summary>
    AwaitingScans,
    /// <summary>A clerk reviews the scanned documents.</summary>
    DocumentReview,
    /// <summary>Waiting for the applicant to send what is missing.</summary>
    AwaitingApplicant,
    /// <summary>Documents complete; the instrument waits to be deposited.</summary>
    AwaitingDeposit,
    /// <summary>Deposited; waiting for the bank to clear it.</summary>
    AwaitingClearance,
    /// <summary>Payment dishonored; waiting for a replacement.</summary>
    AwaitingReplacementPayment,
    /// <summary>A records clerk searches the records.</summary>
    RecordsCheck,
    /// <summary>A record was found; a supervisor decides.</summary>
    SupervisorDecision,
    /// <summary>The letter is rendered and waits for a supervisor's approval.</summary>
    LetterApproval,
    /// <summary>Correspondence waits in the outbox for the mailroom.</summary>
    AwaitingMailing,
    /// <summary>Exoneration: fingerprints and photo compared.</summary>
    IdentityVerification,
    /// <summary>Exoneration: investigation.</summary>
    Investigation,
    /// <summary>Exoneration: waiting for the return visit.</summary>
    AwaitingReturnVisit,
    /// <summary>Exoneration: final verification at the return visit.</summary>
    FinalVerification,
    /// <summary>Sealing: agency review.</summary>
    AgencyReview,
    /// <summary>Sealing: prosecutor concurrence.</summary>
    ProsecutorConcurrence,
    /// <summary>Sealing: waiting for the scheduled destruction.</summary>
    AwaitingDestruction,
    /// <summary>Finished.</summary>
    Closed,
}

/// <summary>Who or what the case waits on now.</summary>
[JsonConverter(typeof(EnumNames<WaitingOn>))]
public enum WaitingOn
{
    /// <summary>A member of staff.</summary>
    Staff,
    /// <summary>The applicant.</summary>
    Applicant,
    /// <summary>The scanning station.</summary>
    Scanning,
    /// <summary>The bank.</summary>
    Payment,
    /// <summary>An appointment.</summary>
    Appointment,
    /// <summary>A timer.</summary>
    Timer,
    /// <summary>Nothing: the case is closed.</summary>
    Nothing,
}

/// <summary>How a case ended.</summary>
[JsonConverter(typeof(EnumNames<CaseOutcome>))]
public enum CaseOutcome
{
    /// <summary>Letter or certificate issued.</summary>
    Issued,
    /// <summary>Denied with a written reason.</summary>
    Denied,
    /// <summary>Referred to another agency.</summary>
    Referred,
    /// <summary>No answer from the applicant by the deadline.</summary>
    Abandoned,
    /// <summary>No valid payment by the deadline.</summary>
    PaymentFailed,
    /// <summary>Exoneration: the certificate was issued.</summary>
    Exonerated,
    /// <summary>Exoneration: the person is the one arrested, the claim was not substantiated, or final verification failed.</summary>
    NotExonerated,
    /// <summary>Exoneration: the person did not come back for the return visit, and it was not rescheduled in time.</summary>
    NoShow,
    /// <summary>Sealing: no decision within the decision period (851.8(b)).</summary>
    DeemedDenied,
    /// <summary>Sealing: granted, sealed, and at the end of the sealing period destroyed; only a tombstone remains.</summary>
    Destroyed,
}
