namespace ClearanceWorkflow.Core.Cases;

/// <summary>The event types of the contract (the <c>{eventType}</c> of the events route).</summary>
public static class EventTypes
{
#pragma warning disable CS1591 // Each constant is the contract's own name; the table in the API docs describes them.
    public const string ScanningCompleted = "scanning-completed";
    public const string DocumentsReviewed = "documents-reviewed";
    public const string SupplementalMailReceived = "supplemental-mail-received";
    public const string PaymentDeposited = "payment-deposited";
    public const string PaymentCleared = "payment-cleared";
    public const string PaymentDishonored = "payment-dishonored";
    public const string ReplacementPaymentReceived = "replacement-payment-received";
    public const string RecordsChecked = "records-checked";
    public const string SupervisorDecided = "supervisor-decided";
    public const string LetterApproved = "letter-approved";
    public const string CorrespondenceMailed = "correspondence-mailed";
    public const string IdentityVerified = "identity-verified";
    public const string InvestigationCompleted = "investigation-completed";
    public const string ReturnVisitRescheduled = "return-visit-rescheduled";
    public const string ReturnVisitRecorded = "return-visit-recorded";
    public const string FinalVerificationCompleted = "final-verification-completed";
    public const string AgencyReviewed = "agency-reviewed";
    public const string ProsecutorResponded = "prosecutor-responded";
    public const string RecordsDestroyed = "records-destroyed";
    public const string LetterRevoked = "letter-revoked";

    /// <summary>System event: scan ingestion attached a document. Not accepted on the HTTP route.</summary>
    public const string DocumentScanned = "document-scanned";
#pragma warning restore CS1591
}
