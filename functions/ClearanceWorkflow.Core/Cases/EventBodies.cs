using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Cases;

/// <summary>A clerk's verdict on one scanned document.</summary>
public sealed record DocumentVerdict(string? DocumentId, bool? Accepted, string? Reason);

/// <summary>Body of <c>documents-reviewed</c>.</summary>
public sealed record DocumentsReviewed(IReadOnlyList<DocumentVerdict>? Verdicts, bool? ResidencyConfirmed);

/// <summary>Body of <c>supplemental-mail-received</c>.</summary>
public sealed record SupplementalMailReceived(PaymentInstrument? Payment);

/// <summary>Body of <c>payment-deposited</c>.</summary>
public sealed record PaymentDeposited(string? DepositReference);

/// <summary>Body of <c>payment-dishonored</c>.</summary>
public sealed record PaymentDishonored(string? Reason);

/// <summary>Body of <c>replacement-payment-received</c>.</summary>
public sealed record ReplacementPaymentReceived(PaymentInstrument? Payment);

/// <summary>Body of <c>records-checked</c>.</summary>
public sealed record RecordsChecked(RecordsCheckResult? Result, string? Summary);

/// <summary>A supervisor's decision on a found record.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNames<SupervisorDecision>))]
public enum SupervisorDecision
{
    /// <summary>Issue the letter with a disclosure of the record.</summary>
    IssueWithDisclosure,
    /// <summary>Deny, with a written reason.</summary>
    Deny,
}

/// <summary>Body of <c>supervisor-decided</c>.</summary>
public sealed record SupervisorDecided(SupervisorDecision? Decision, string? Reason);

/// <summary>Body of <c>correspondence-mailed</c>.</summary>
public sealed record CorrespondenceMailed(string? ItemId);

/// <summary>Body of <c>letter-revoked</c>: which issued letter, and why.</summary>
public sealed record LetterRevoked(string? VerificationCode, string? Reason);

/// <summary>What comparing the person's fingerprints and photo with the arrest record showed.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNames<IdentityResult>))]
public enum IdentityResult
{
    /// <summary>The person is the one arrested: not exonerated.</summary>
    Match,
    /// <summary>The person is not the one arrested: the investigation goes on.</summary>
    NoMatch,
}

/// <summary>Body of <c>identity-verified</c>.</summary>
public sealed record IdentityVerified(IdentityResult? Result);

/// <summary>How an exoneration investigation ended.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNames<InvestigationResult>))]
public enum InvestigationResult
{
    /// <summary>Exonerable now: final verification at once.</summary>
    Exonerable,
    /// <summary>The person must come back for final verification, at <c>returnVisitAt</c>.</summary>
    NeedsReturnVisit,
    /// <summary>The claim could not be substantiated: closed with the court route.</summary>
    NotSubstantiated,
}

/// <summary>Body of <c>investigation-completed</c>.</summary>
public sealed record InvestigationCompleted(InvestigationResult? Result, DateTimeOffset? ReturnVisitAt);

/// <summary>Body of <c>return-visit-rescheduled</c>.</summary>
public sealed record ReturnVisitRescheduled(DateTimeOffset? ReturnVisitAt);

/// <summary>Body of <c>final-verification-completed</c>.</summary>
public sealed record FinalVerificationCompleted(bool? Verified);

/// <summary>The agency's finding on a sealing petition.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNames<SealingRecommendation>))]
public enum SealingRecommendation
{
    /// <summary>Factually innocent: seal and destroy, if the prosecutor concurs.</summary>
    Grant,
    /// <summary>Denied, with a reason.</summary>
    Deny,
}

/// <summary>Body of <c>agency-reviewed</c>.</summary>
public sealed record AgencyReviewed(SealingRecommendation? Recommendation, string? Reason);

/// <summary>Body of <c>prosecutor-responded</c>.</summary>
public sealed record ProsecutorResponded(bool? Concurs, string? Reason);

/// <summary>Body of the system event <c>document-scanned</c>, raised by scan ingestion.</summary>
public sealed record DocumentScanned(string DocumentId, string DocumentType, string ContentType, long Length);
