using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Cases;

/// <summary>What the contract says of one staff event: the role that may send it and the shape of its body.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Role">The role that may send it (a supervisor may send any).</param>
/// <param name="BodyType">The body's type, or null when the event has no body.</param>
/// <param name="Validate">Checks a parsed body; yields (field, message) pairs.</param>
public sealed record EventSpec(string Type, string Role, Type? BodyType, Func<object, IEnumerable<(string Field, string Message)>>? Validate);

/// <summary>Every staff event of the contract.</summary>
public static class EventCatalog
{
    private static readonly EventSpec[] Specs =
    [
        new(EventTypes.ScanningCompleted, StaffRoles.Intake, null, null),
        new(EventTypes.DocumentsReviewed, StaffRoles.Intake, typeof(DocumentsReviewed), b => ValidateReview((DocumentsReviewed)b)),
        new(EventTypes.SupplementalMailReceived, StaffRoles.Intake, typeof(SupplementalMailReceived), _ => []),
        new(EventTypes.PaymentDeposited, StaffRoles.Cashier, typeof(PaymentDeposited),
            b => Required(((PaymentDeposited)b).DepositReference, "depositReference")),
        new(EventTypes.PaymentCleared, StaffRoles.Cashier, null, null),
        new(EventTypes.PaymentDishonored, StaffRoles.Cashier, typeof(PaymentDishonored),
            b => Required(((PaymentDishonored)b).Reason, "reason")),
        new(EventTypes.ReplacementPaymentReceived, StaffRoles.Cashier, typeof(ReplacementPaymentReceived),
            b => ((ReplacementPaymentReceived)b).Payment is null ? [("payment", "The replacement payment is required.")] : []),
        new(EventTypes.RecordsChecked, StaffRoles.Records, typeof(RecordsChecked),
            b => ((RecordsChecked)b).Result is null ? [("result", "The result is required: NoRecord or RecordFound.")] : []),
        new(EventTypes.SupervisorDecided, StaffRoles.Supervisor, typeof(SupervisorDecided), b => ValidateDecision((SupervisorDecided)b)),
        new(EventTypes.LetterApproved, StaffRoles.Supervisor, null, null),
        new(EventTypes.CorrespondenceMailed, StaffRoles.Mailroom, typeof(CorrespondenceMailed),
            b => Required(((CorrespondenceMailed)b).ItemId, "itemId")),
        new(EventTypes.IdentityVerified, StaffRoles.Investigator, typeof(IdentityVerified),
            b => ((IdentityVerified)b).Result is null ? [("result", "The result is required: Match or NoMatch.")] : []),
        new(EventTypes.InvestigationCompleted, StaffRoles.Investigator, typeof(InvestigationCompleted),
            b => ValidateInvestigation((InvestigationCompleted)b)),
        new(EventTypes.ReturnVisitRescheduled, StaffRoles.Investigator, typeof(ReturnVisitRescheduled),
            b => ((ReturnVisitRescheduled)b).ReturnVisitAt is null ? [("returnVisitAt", "The new time of the return visit is required.")] : []),
        new(EventTypes.ReturnVisitRecorded, StaffRoles.Investigator, null, null),
        new(EventTypes.FinalVerificationCompleted, StaffRoles.Investigator, typeof(FinalVerificationCompleted),
            b => ((FinalVerificationCompleted)b).Verified is null ? [("verified", "Say whether final verification confirmed the finding (true or false).")] : []),
        new(EventTypes.AgencyReviewed, StaffRoles.Investigator, typeof(AgencyReviewed),
            b => ValidateAgencyReview((AgencyReviewed)b)),
        new(EventTypes.ProsecutorResponded, StaffRoles.Supervisor, typeof(ProsecutorResponded),
            b => ((ProsecutorResponded)b).Concurs is null ? [("concurs", "Say whether the prosecutor concurs (true or false).")] : []),
        new(EventTypes.RecordsDestroyed, StaffRoles.Records, null, null),
        new(EventTypes.LetterRevoked, StaffRoles.Supervisor, typeof(LetterRevoked), b => Required(((LetterRevoked)b).VerificationCode, "verificationCode")
            .Concat(Required(((LetterRevoked)b).Reason, "reason"))),
    ];

    private static readonly Dictionary<string, EventSpec> ByType = Specs.ToDictionary(s => s.Type, StringComparer.Ordinal);

    /// <summary>Every staff event.</summary>
    public static IReadOnlyList<EventSpec> All => Specs;

    /// <summary>The spec of <paramref name="type"/>, or null when the contract has no such staff event.</summary>
    public static EventSpec? Find(string type) => ByType.GetValueOrDefault(type);

    private static IEnumerable<(string, string)> Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? [(field, $"The field {field} is required.")] : [];

    private static IEnumerable<(string, string)> ValidateReview(DocumentsReviewed body)
    {
        if (body.ResidencyConfirmed is null)
        {
            yield return ("residencyConfirmed", "Say whether residency in the City of Los Angeles is confirmed.");
        }
        if (body.Verdicts is null)
        {
            yield return ("verdicts", "A verdict for each reviewed document is required.");
            yield break;
        }
        for (var i = 0; i < body.Verdicts.Count; i++)
        {
            var v = body.Verdicts[i];
            if (string.IsNullOrWhiteSpace(v.DocumentId))
            {
                yield return ($"verdicts[{i}].documentId", "The document id is required.");
            }
            if (v.Accepted is null)
            {
                yield return ($"verdicts[{i}].accepted", "Say whether the document is accepted.");
            }
            else if (v.Accepted == false && string.IsNullOrWhiteSpace(v.Reason))
            {
                yield return ($"verdicts[{i}].reason", "A rejected document needs a reason.");
            }
        }
    }

    private static IEnumerable<(string, string)> ValidateInvestigation(InvestigationCompleted body)
    {
        if (body.Result is null)
        {
            yield return ("result", "The result is required: Exonerable, NeedsReturnVisit or NotSubstantiated.");
        }
        else if (body.Result == InvestigationResult.NeedsReturnVisit && body.ReturnVisitAt is null)
        {
            yield return ("returnVisitAt", "A return visit needs its time.");
        }
        else if (body.Result != InvestigationResult.NeedsReturnVisit && body.ReturnVisitAt is not null)
        {
            yield return ("returnVisitAt", "Only a result of NeedsReturnVisit takes a return visit time.");
        }
    }

    private static IEnumerable<(string, string)> ValidateAgencyReview(AgencyReviewed body)
    {
        if (body.Recommendation is null)
        {
            yield return ("recommendation", "The recommendation is required: Grant or Deny.");
        }
        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            yield return ("reason", "The reason is required.");
        }
    }

    private static IEnumerable<(string, string)> ValidateDecision(SupervisorDecided body)
    {
        if (body.Decision is null)
        {
            yield return ("decision", "The decision is required: IssueWithDisclosure or Deny.");
        }
        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            yield return ("reason", "The reason is required.");
        }
    }
}
