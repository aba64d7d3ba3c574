namespace ClearanceWorkflow.Service.Storage;

/// <summary>The containers and tables the service uses (the infrastructure creates the same names).</summary>
public static class StorageNames
{
    /// <summary>Incoming scans, written by scanning stations.</summary>
    public const string ScansContainer = "scans";
    /// <summary>Accepted documents, immutable.</summary>
    public const string DocumentsContainer = "documents";
    /// <summary>Scans that could not be attached, with the reason in metadata.</summary>
    public const string QuarantineContainer = "quarantine";
    /// <summary>Rendered letters and notices.</summary>
    public const string CorrespondenceContainer = "correspondence";
    /// <summary>The audit of staff access: append blobs, never changed (immutable in Azure).</summary>
    public const string AuditContainer = "audit";

    /// <summary>Case timelines (partition = case number).</summary>
    public const string TimelineTable = "CaseTimeline";
    /// <summary>The case index behind work queues.</summary>
    public const string IndexTable = "CaseIndex";
    /// <summary>The mailroom's outbox.</summary>
    public const string OutboxTable = "Outbox";
    /// <summary>Issued letters, by verification code.</summary>
    public const string VerificationTable = "Verifications";
    /// <summary>Idempotency keys of <c>POST /api/cases</c>.</summary>
    public const string IdempotencyTable = "IdempotencyKeys";
    /// <summary>Cases whose orchestration history waits to be purged (a destroyed sealing).</summary>
    public const string PurgeTable = "HistoryPurges";

    /// <summary>Where each case has records in stores not keyed by its number (partition = case number).</summary>
    public const string CaseRecordsTable = "CaseRecords";

    /// <summary>Closed cases, out of the durable backend: opening and final status (partition = case number).</summary>
    public const string ClosedCasesTable = "ClosedCases";

    /// <summary>Every container.</summary>
    public static readonly IReadOnlyList<string> Containers = [ScansContainer, DocumentsContainer, QuarantineContainer, CorrespondenceContainer, AuditContainer];

    /// <summary>Every table.</summary>
    public static readonly IReadOnlyList<string> Tables = [TimelineTable, IndexTable, OutboxTable, VerificationTable, IdempotencyTable, PurgeTable, CaseRecordsTable, ClosedCasesTable];
}
