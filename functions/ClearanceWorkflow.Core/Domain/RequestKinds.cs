using System.Text.Json.Serialization;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>The public services of the records unit, each run as a kind of case.</summary>
[JsonConverter(typeof(EnumNames<ServiceKind>))]
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
[JsonConverter(typeof(EnumNames<IntakeChannel>))]
public enum IntakeChannel
{
    /// <summary>By mail.</summary>
    Mail,
    /// <summary>In person, at an appointment.</summary>
    Appointment,
}

/// <summary>Why the applicant wants a clearance letter.</summary>
[JsonConverter(typeof(EnumNames<ClearancePurpose>))]
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
    /// <summary>Expungement: a conviction changed to a non-conviction (referred to the Superior Court).</summary>
    Expungement,
    /// <summary>Sealing of juvenile arrest records (referred to the County Clerk's Sealing Clerk).</summary>
    JuvenileSealing,
    /// <summary>An arrest-sealing petition after an accusatory pleading was filed: it belongs to the court (851.8(c)).</summary>
    CourtSealing,
}

/// <summary>The applicant's citizenship category, which decides the documents required.</summary>
[JsonConverter(typeof(EnumNames<ApplicantCategory>))]
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
[JsonConverter(typeof(EnumNames<PaymentInstrumentKind>))]
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
