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
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SupervisorDecision>))]
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

/// <summary>Body of the system event <c>document-scanned</c>, raised by scan ingestion.</summary>
public sealed record DocumentScanned(string DocumentId, string DocumentType, string ContentType, long Length);
