using System.Text.Json.Serialization;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>The review state of a scanned document.</summary>
[JsonConverter(typeof(EnumNames<ReviewState>))]
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
[JsonConverter(typeof(EnumNames<PaymentState>))]
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
[JsonConverter(typeof(EnumNames<RecordsCheckResult>))]
public enum RecordsCheckResult
{
    /// <summary>No record found.</summary>
    NoRecord,
    /// <summary>A record was found; a supervisor decides.</summary>
    RecordFound,
}

/// <summary>The kinds of correspondence the unit mails.</summary>
[JsonConverter(typeof(EnumNames<CorrespondenceKind>))]
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
    /// <summary>A certificate to exonerate an arrest.</summary>
    ExonerationCertificate,
    /// <summary>A reminder of an exoneration return visit.</summary>
    ReturnVisitReminder,
    /// <summary>The notice closing an exoneration without a certificate (with the routes still open to the person).</summary>
    ExonerationClosureNotice,
    /// <summary>Sealing granted: the written declaration of factual innocence to the petitioner (851.8(f)).</summary>
    FactualInnocenceDeclaration,
    /// <summary>Sealing granted: the request to the state DOJ or a co-arresting agency to seal and destroy its copies.</summary>
    SealAndDestroyRequest,
    /// <summary>Sealing denied or deemed denied: the reason and the court route.</summary>
    SealingDenialNotice,
}

/// <summary>Where a piece of correspondence is.</summary>
[JsonConverter(typeof(EnumNames<CorrespondenceState>))]
public enum CorrespondenceState
{
    /// <summary>Rendered, waiting for approval.</summary>
    AwaitingApproval,
    /// <summary>In the outbox, waiting for the mailroom.</summary>
    InOutbox,
    /// <summary>Mailed.</summary>
    Mailed,
    /// <summary>Taken back out of the outbox unmailed, because it no longer holds (a reminder of a visit that was moved).</summary>
    Withdrawn,
}
