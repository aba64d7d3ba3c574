namespace ClearanceWorkflow.Core.Domain;

/// <summary>A postal address.</summary>
public sealed record Address(string? Line1, string? Line2, string? City, string? State, string? PostalCode);

/// <summary>The person a case is about.</summary>
public sealed record Applicant(string? GivenName, string? FamilyName, DateOnly? DateOfBirth, Address? Address)
{
    /// <summary>The name as printed on letters.</summary>
    public string FullName => $"{GivenName} {FamilyName}".Trim();
}

/// <summary>What a clearance-letter applicant asks for.</summary>
public sealed record ClearanceRequest(ClearancePurpose? Purpose, ApplicantCategory? Category, string? DestinationCountry);

/// <summary>A payment instrument found in the mail.</summary>
public sealed record PaymentInstrument(PaymentInstrumentKind? Instrument, decimal? Amount, string? Number, string? PayableTo);

/// <summary>The exoneration details recorded at the appointment.</summary>
public sealed record ExonerationRequest(string? BookingNumber, string? WarrantNumber, DateTimeOffset? AppointmentAt);

/// <summary>The sealing petition details (Penal Code 851.8).</summary>
/// <param name="BookingNumber">The LAPD booking number of the arrest.</param>
/// <param name="ArrestDate">The day of the arrest.</param>
/// <param name="ArrestingAgencies">Every agency that took part in the arrest (the LAPD and any co-arresting agency).</param>
/// <param name="AccusatoryPleadingFiled">Whether an accusatory pleading was filed (then the petition belongs to the court).</param>
/// <param name="LimitationsLapsedOn">When the statute of limitations for the offense lapses or lapsed, if known.</param>
public sealed record SealingRequest(
    string? BookingNumber, DateOnly? ArrestDate, IReadOnlyList<string>? ArrestingAgencies,
    bool? AccusatoryPleadingFiled = null, DateOnly? LimitationsLapsedOn = null);

/// <summary>The body of <c>POST /api/cases</c>: what a clerk records when mail arrives or an appointment opens.</summary>
public sealed record OpenCaseRequest(
    ServiceKind? Service,
    IntakeChannel? Channel,
    DateOnly? ReceivedOn,
    Applicant? Applicant,
    ClearanceRequest? Clearance,
    PaymentInstrument? Payment,
    ExonerationRequest? Exoneration,
    SealingRequest? Sealing);
