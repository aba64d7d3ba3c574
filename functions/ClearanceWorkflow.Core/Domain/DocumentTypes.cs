namespace ClearanceWorkflow.Core.Domain;

/// <summary>The document types a scanning station may tag a scan with (the wire names of the contract).</summary>
public static class DocumentTypes
{
    /// <summary>Copy of a US passport.</summary>
    public const string Passport = "passport";
    /// <summary>US birth certificate.</summary>
    public const string BirthCertificate = "birth-certificate";
    /// <summary>Permanent resident card.</summary>
    public const string PermanentResidentCard = "permanent-resident-card";
    /// <summary>Copy of a valid US visa.</summary>
    public const string Visa = "visa";
    /// <summary>California driver licence.</summary>
    public const string DriverLicense = "driver-license";
    /// <summary>California ID card.</summary>
    public const string StateId = "state-id";
    /// <summary>Recent utility bill.</summary>
    public const string UtilityBill = "utility-bill";
    /// <summary>The payment instrument.</summary>
    public const string PaymentInstrument = "payment-instrument";
    /// <summary>A sealing petition.</summary>
    public const string Petition = "petition";
    /// <summary>A court order.</summary>
    public const string CourtOrder = "court-order";
    /// <summary>Anything else.</summary>
    public const string Other = "other";

    /// <summary>Every known type.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Passport, BirthCertificate, PermanentResidentCard, Visa, DriverLicense, StateId, UtilityBill,
        PaymentInstrument, Petition, CourtOrder, Other,
    };

    /// <summary>The documents that prove who a petitioner is: a photo identity or an immigration document.</summary>
    public static readonly IReadOnlySet<string> Identity = new HashSet<string>(StringComparer.Ordinal)
    {
        Passport, PermanentResidentCard, Visa, DriverLicense, StateId,
    };

    /// <summary>Whether <paramref name="type"/> is a known document type.</summary>
    public static bool IsKnown(string? type) => type is not null && All.Contains(type);
}
