using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Cases;

/// <summary>Why a case cannot take an event now: a conflict with its state (409), or fields that name what it does not have (400).</summary>
/// <param name="Message">The reason, for a conflict.</param>
/// <param name="Errors">Field → messages, for a body that refers to what the case does not hold; null for a conflict.</param>
public sealed record CaseRefusal(string Message, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>True when the refusal is about the case's state rather than the fields of the body.</summary>
    public bool IsConflict => Errors is null;
}

/// <summary>
/// What a case accepts now, in one place: the status a case starts with, the events it takes in its current stage, and the
/// checks of an event's body against the case. The orchestrators publish the status by these rules and the HTTP handlers
/// judge a request by them, so the two never disagree.
/// </summary>
public static class CaseRules
{
    /// <summary>The events that approve another staff member's finding: never recorded by one of <see cref="CaseStatus.DecidedBy"/>.</summary>
    public static readonly IReadOnlySet<string> Approvals = new HashSet<string>(StringComparer.Ordinal)
    {
        EventTypes.LetterApproved, EventTypes.ProsecutorResponded,
    };

    /// <summary>The status of a case before its orchestration has published one: its first stage and what it expects there.</summary>
    public static CaseStatus Initial(CaseOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var (stage, waitingOn, expected, payment) = opening.Service switch
        {
            ServiceKind.ClearanceLetter => (CaseStage.AwaitingScans, WaitingOn.Scanning, new[] { EventTypes.ScanningCompleted },
                new CasePayment(opening.Payment?.Instrument, opening.Terms.FeeDue, PaymentState.Received)),
            ServiceKind.Referral => (CaseStage.AwaitingMailing, WaitingOn.Staff, [],
                opening.Payment is { } enclosed ? new CasePayment(enclosed.Instrument, 0, PaymentState.Returned) : null),
            ServiceKind.Exoneration => (CaseStage.IdentityVerification, WaitingOn.Staff, [EventTypes.IdentityVerified], null),
            ServiceKind.ArrestRecordSealing => (CaseStage.AwaitingScans, WaitingOn.Scanning, [EventTypes.ScanningCompleted], (CasePayment?)null),
            _ => throw new ArgumentOutOfRangeException(nameof(opening), opening.Service, "No procedure runs this service yet."),
        };
        return new CaseStatus
        {
            CaseNumber = opening.CaseNumber,
            Service = opening.Service,
            Stage = stage,
            WaitingOn = waitingOn,
            ExpectedEvents = expected,
            Payment = payment,
            OpenedAt = opening.OpenedAt,
            UpdatedAt = opening.OpenedAt,
        };
    }

    /// <summary>
    /// The events a case takes while it waits for <paramref name="stageEvents"/>: those, and the mailroom's receipt while
    /// anything of the case is in the outbox (scans are attached in any open stage, but they come from the scan watcher).
    /// </summary>
    public static IReadOnlyList<string> ExpectedNow(CaseStatus status, IReadOnlyList<string> stageEvents)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(stageEvents);
        var now = stageEvents.ToList();
        if (status.Correspondence.Any(c => c.State == CorrespondenceState.InOutbox) && !now.Contains(EventTypes.CorrespondenceMailed))
        {
            now.Add(EventTypes.CorrespondenceMailed);
        }
        return now;
    }

    /// <summary>The item of <paramref name="itemId"/> if it waits in the outbox: only such an item can be marked mailed.</summary>
    public static CaseCorrespondence? InOutbox(CaseStatus status, string? itemId)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Correspondence.FirstOrDefault(c => c.ItemId == itemId && c.State == CorrespondenceState.InOutbox);
    }

    /// <summary>Whether a case that ended with <paramref name="outcome"/> issued a document a supervisor may revoke.</summary>
    public static bool IssuedDocument(CaseOutcome? outcome) => outcome is CaseOutcome.Issued or CaseOutcome.Exonerated;

    /// <summary>Whether <paramref name="roles"/> may see the personal data of a case in <paramref name="status"/>: a sealed case only to records staff and supervisors.</summary>
    public static bool MaySeePersonalData(CaseStatus status, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(status);
        return !status.Sealed || roles.Any(r => r is StaffRoles.Records or StaffRoles.Supervisor);
    }

    /// <summary>
    /// Whether the mailroom may mark <paramref name="itemId"/> mailed though the published status does not show it in the
    /// outbox yet: the outbox lists it for this open case, and the status does not show it mailed or withdrawn already. The backend may
    /// commit the activity that lists an item before the status that shows it, but the orchestration marked the item in the
    /// outbox in its own state before it scheduled that activity, so it applies the receipt in whatever stage it waits.
    /// </summary>
    public static bool MailableAhead(CaseStatus status, string? itemId, bool listedInOutbox)
    {
        ArgumentNullException.ThrowIfNull(status);
        return listedInOutbox && status.Status != CaseState.Closed
            && !status.Correspondence.Any(c => c.ItemId == itemId && c.State is CorrespondenceState.Mailed or CorrespondenceState.Withdrawn);
    }

    /// <summary>Why the case cannot take <paramref name="eventType"/> with <paramref name="body"/> at <paramref name="now"/>, or null.</summary>
    /// <param name="status">The case's published status.</param>
    /// <param name="eventType">The event.</param>
    /// <param name="body">Its parsed body, if it has one.</param>
    /// <param name="now">The time the event is received.</param>
    /// <param name="actor">Who sends it, for separation of duties.</param>
    /// <param name="listedInOutbox">For a mailing receipt, whether the outbox lists the item it names for this case.</param>
    public static CaseRefusal? Refusal(
        CaseStatus status, string eventType, object? body, DateTimeOffset now, string? actor = null, bool listedInOutbox = false)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.Status == CaseState.Closed)
        {
            return new CaseRefusal($"Case {status.CaseNumber} is closed.");
        }
        if (body is CorrespondenceMailed ahead && MailableAhead(status, ahead.ItemId, listedInOutbox))
        {
            return null;
        }
        if (!status.ExpectedEvents.Contains(eventType))
        {
            return new CaseRefusal($"Case {status.CaseNumber} does not expect {eventType} in stage {status.Stage}.");
        }
        if (actor is not null && Approvals.Contains(eventType) && status.DecidedBy.Contains(actor, StringComparer.Ordinal))
        {
            return new CaseRefusal(
                $"Separation of duties: you recorded the finding that {eventType} confirms on case {status.CaseNumber}; another staff member must record it.");
        }
        if (eventType == EventTypes.ScanningCompleted && MissingForReview(status) is { } missing)
        {
            return new CaseRefusal($"Case {status.CaseNumber} cannot go to review without {missing} attached.");
        }
        var errors = body switch
        {
            DocumentsReviewed reviewed => UnknownDocuments(status, reviewed),
            CorrespondenceMailed mailed when InOutbox(status, mailed.ItemId) is null =>
                Field("itemId", $"Item {mailed.ItemId} of this case is not waiting in the outbox."),
            InvestigationCompleted { ReturnVisitAt: { } at } => ReturnVisit(at, now),
            ReturnVisitRescheduled { ReturnVisitAt: { } at } => ReturnVisit(at, now),
            _ => [],
        };
        return errors.Count > 0 ? new CaseRefusal("The event refers to what the case does not hold.", errors) : null;
    }

    /// <summary>
    /// What a sealing petition still lacks before scanning is complete (851.8: the petition and an identity document), in
    /// words; null when nothing is missing or the service needs no such check.
    /// </summary>
    public static string? MissingForReview(CaseStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.Service != ServiceKind.ArrestRecordSealing)
        {
            return null;
        }
        var missing = new List<string>();
        if (status.Documents.All(d => d.Type != DocumentTypes.Petition))
        {
            missing.Add("the petition");
        }
        if (!status.Documents.Any(d => DocumentTypes.Identity.Contains(d.Type)))
        {
            missing.Add("an identity document");
        }
        return missing.Count > 0 ? string.Join(" and ", missing) : null;
    }

    /// <summary>A return visit is booked like an appointment: in the future, and not more than a year ahead.</summary>
    private static Dictionary<string, string[]> ReturnVisit(DateTimeOffset at, DateTimeOffset now) =>
        at <= now ? Field("returnVisitAt", "The return visit must be in the future.")
        : at > now + OpenCaseValidator.AppointmentHorizon ? Field("returnVisitAt", "The return visit is more than a year ahead.")
        : [];

    private static Dictionary<string, string[]> UnknownDocuments(CaseStatus status, DocumentsReviewed reviewed)
    {
        var known = status.Documents.Select(d => d.DocumentId).ToHashSet(StringComparer.Ordinal);
        return (reviewed.Verdicts ?? []).Select((v, i) => (v, i)).Where(x => !known.Contains(x.v.DocumentId ?? ""))
            .ToDictionary(x => $"verdicts[{x.i}].documentId", x => new[] { $"The case has no document {x.v.DocumentId}." }, StringComparer.Ordinal);
    }

    private static Dictionary<string, string[]> Field(string field, string message) =>
        new(StringComparer.Ordinal) { [field] = [message] };
}
