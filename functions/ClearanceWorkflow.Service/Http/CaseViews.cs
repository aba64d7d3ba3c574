using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Http;

/// <summary>The staff case view of the contract: the live status plus what intake recorded.</summary>
public sealed record CaseView(
    string CaseNumber,
    ServiceKind Service,
    CaseState Status,
    CaseStage Stage,
    CaseOutcome? Outcome,
    WaitingOn WaitingOn,
    IReadOnlyList<string> ExpectedEvents,
    DateTimeOffset? Deadline,
    bool Overdue,
    IReadOnlyList<CaseDocument> Documents,
    CasePaymentView? Payment,
    IReadOnlyList<CaseCorrespondence> Correspondence,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateOnly ReceivedOn,
    Applicant? Applicant,
    ClearanceRequest? Clearance,
    string? AccessCode,
    ExonerationRequest? Exoneration,
    DateTimeOffset? ReturnVisitAt,
    int? ReschedulesLeft,
    bool ReturnVisitMissed,
    SealingRequest? Sealing,
    bool NeedsGoodCause,
    bool Sealed,
    DateOnly? DestructionDueOn);

/// <summary>The payment as staff see it: the instrument found, the amount due, and where it stands.</summary>
public sealed record CasePaymentView(PaymentInstrumentKind? Instrument, decimal? AmountReceived, string? Number, string? PayableTo, decimal AmountDue, PaymentState State);

/// <summary>Builds case views.</summary>
public static class CaseViews
{
    /// <summary>The staff view.</summary>
    public static CaseView For(CaseOpening opening, CaseStatus status, string? accessCode)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(status);
        var p = opening.Payment;
        return new CaseView(
            status.CaseNumber, status.Service, status.Status, status.Stage, status.Outcome, status.WaitingOn,
            status.ExpectedEvents, status.Deadline, status.Overdue, status.Documents,
            status.Payment is { } paid ? new CasePaymentView(paid.Instrument ?? p?.Instrument, p?.Amount, p?.Number, p?.PayableTo, paid.AmountDue, paid.State) : null,
            status.Correspondence, status.OpenedAt, status.UpdatedAt, opening.ReceivedOn, opening.Applicant, opening.Clearance, accessCode,
            opening.Exoneration, status.ReturnVisitAt, status.ReschedulesLeft, status.ReturnVisitMissed,
            opening.Sealing, status.NeedsGoodCause, status.Sealed, status.DestructionDueOn);
    }

    /// <summary>The view cut to <paramref name="parts"/>: what the caller's roles need (<see cref="RoleViews"/>).</summary>
    public static CaseView For(CaseOpening opening, CaseStatus status, string? accessCode, CaseParts parts)
    {
        var full = For(opening, status, accessCode);
        bool Has(CaseParts part) => parts.HasFlag(part);
        var applicant = !Has(CaseParts.NameAndAddress) ? null
            : Has(CaseParts.DateOfBirth) ? full.Applicant : full.Applicant! with { DateOfBirth = null };
        return full with
        {
            Applicant = applicant,
            Payment = Has(CaseParts.Payment) || full.Payment is null ? full.Payment
                : new CasePaymentView(null, null, null, null, full.Payment.AmountDue, full.Payment.State),
            Documents = Has(CaseParts.Documents) ? full.Documents : [],
            Clearance = Has(CaseParts.Request) ? full.Clearance : null,
            Exoneration = Has(CaseParts.Request) ? full.Exoneration : null,
            Sealing = Has(CaseParts.Request) ? full.Sealing : null,
            AccessCode = Has(CaseParts.AccessCode) ? full.AccessCode : null,
            Correspondence = Has(CaseParts.Correspondence) ? full.Correspondence : [],
        };
    }

    /// <summary>
    /// The view a caller holding <paramref name="roles"/> reads of a case (<c>GET /api/cases/{caseNumber}</c>, a retried
    /// opening): cut to what their roles see, and of a sealed case only the number, stage and dates unless they may see more.
    /// </summary>
    public static CaseView ForCaller(CaseOpening opening, CaseStatus status, string? accessCode, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(status);
        var held = roles.ToList();
        return CaseRules.MaySeePersonalData(status, held) ? For(opening, status, accessCode, RoleViews.For(held)) : Sealed(opening, status);
    }

    /// <summary>A sealed case as staff other than records and supervisors see it: the number, the stage and the dates.</summary>
    public static CaseView Sealed(CaseOpening opening, CaseStatus status)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(status);
        return new CaseView(
            status.CaseNumber, status.Service, status.Status, status.Stage, status.Outcome, status.WaitingOn,
            status.ExpectedEvents, status.Deadline, status.Overdue, [], null, status.Correspondence, status.OpenedAt, status.UpdatedAt,
            opening.ReceivedOn, null, null, null, null, null, null, false, null, false, status.Sealed, status.DestructionDueOn);
    }
}
