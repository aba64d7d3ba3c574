using System.Text.Json.Serialization;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>The public services of the records unit, each run as a kind of case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceKind>))]
public enum ServiceKind
{
    /// <summary>Clearance letter ("letter of good conduct") for foreign travel or adoption.</summary>
    ClearanceLetter,
    /// <summary>Certificate to exonerate an arrest (false personation).</summary>
    Exoneration,
    /// <summary>Petition to seal and destroy adult arrest records (Penal Code 851.8).</summary>
    ArrestRecordSealing,
    /// <summary>The request belongs to another agency.</summary>
    Referral,
}

/// <summary>How a request reached the unit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IntakeChannel>))]
public enum IntakeChannel
{
    /// <summary>By mail.</summary>
    Mail,
    /// <summary>In person, at an appointment.</summary>
    Appointment,
}

/// <summary>Why the applicant wants a clearance letter.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClearancePurpose>))]
public enum ClearancePurpose
{
    /// <summary>Foreign travel.</summary>
    ForeignTravel,
    /// <summary>Adoption.</summary>
    Adoption,
    /// <summary>Immigration to the US (referred).</summary>
    Immigration,
    /// <summary>Emigration (referred).</summary>
    Emigration,
    /// <summary>Employment background check (referred).</summary>
    Employment,
    /// <summary>Anything else (referred).</summary>
    Other,
}

/// <summary>The applicant's citizenship category, which decides the documents required.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApplicantCategory>))]
public enum ApplicantCategory
{
    /// <summary>US citizen.</summary>
    UsCitizen,
    /// <summary>Lawful permanent resident.</summary>
    PermanentResident,
    /// <summary>Any other non-citizen, with a valid US visa.</summary>
    OtherNonCitizen,
}

/// <summary>The kind of payment instrument found in the envelope.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentInstrumentKind>))]
public enum PaymentInstrumentKind
{
    /// <summary>Personal check.</summary>
    Check,
    /// <summary>Money order.</summary>
    MoneyOrder,
    /// <summary>Cashier's check.</summary>
    CashiersCheck,
    /// <summary>Cash (never accepted).</summary>
    Cash,
}

/// <summary>Whether a case is still being worked.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseState>))]
public enum CaseState
{
    /// <summary>Being worked.</summary>
    Open,
    /// <summary>Finished, with an outcome.</summary>
    Closed,
}

/// <summary>The stages of every service, in the words a clerk uses.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseStage>))]
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
[JsonConverter(typeof(JsonStringEnumConverter<WaitingOn>))]
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
[JsonConverter(typeof(JsonStringEnumConverter<CaseOutcome>))]
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
}

/// <summary>The review state of a scanned document.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewState>))]
public enum ReviewState
{
    /// <summary>Not yet reviewed.</summary>
    Pending,
    /// <summary>Accepted by a clerk.</summary>
    Accepted,
    /// <summary>Rejected by a clerk, with a reason.</summary>
    Rejected,
}

/// <summary>The state of the case's payment instrument.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentState>))]
public enum PaymentState
{
    /// <summary>Held, not yet deposited.</summary>
    Received,
    /// <summary>Deposited with the bank.</summary>
    Deposited,
    /// <summary>Cleared by the bank.</summary>
    Cleared,
    /// <summary>Returned by the bank.</summary>
    Dishonored,
    /// <summary>Returned to the applicant uncashed.</summary>
    Returned,
}

/// <summary>The result of a records search.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecordsCheckResult>))]
public enum RecordsCheckResult
{
    /// <summary>No record found.</summary>
    NoRecord,
    /// <summary>A record was found; a supervisor decides.</summary>
    RecordFound,
}

/// <summary>The kinds of correspondence the unit mails.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CorrespondenceKind>))]
public enum CorrespondenceKind
{
    /// <summary>A clearance letter.</summary>
    ClearanceLetter,
    /// <summary>A deficiency notice.</summary>
    DeficiencyNotice,
    /// <summary>A referral notice.</summary>
    ReferralNotice,
    /// <summary>A returned-payment notice.</summary>
    ReturnedPaymentNotice,
    /// <summary>A denial letter.</summary>
    DenialLetter,
}

/// <summary>Where a piece of correspondence is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CorrespondenceState>))]
public enum CorrespondenceState
{
    /// <summary>Rendered, waiting for approval.</summary>
    AwaitingApproval,
    /// <summary>In the outbox, waiting for the mailroom.</summary>
    InOutbox,
    /// <summary>Mailed.</summary>
    Mailed,
}
