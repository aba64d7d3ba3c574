namespace ClearanceWorkflow.Core.Domain;

/// <summary>One item of the checklist: satisfied by an accepted document of any of the listed types.</summary>
public sealed record RequiredItem(string Code, string Description, IReadOnlyList<string> AcceptedTypes);

/// <summary>The clearance-letter checklist per applicant category.</summary>
public static class RequiredDocuments
{
    /// <summary>Proof of residency: a California licence or ID (a utility bill goes with it when its address is outside the city).</summary>
    public static readonly RequiredItem Residency = new(
        "residency",
        "a current California driver licence or California ID card showing a City of Los Angeles address "
        + "(or, when its address is outside the city, with a recent utility bill showing your name and City of Los Angeles address)",
        [DocumentTypes.DriverLicense, DocumentTypes.StateId]);

    private static readonly RequiredItem Citizenship = new(
        "citizenship",
        "a copy of your US passport, or your US birth certificate if you were born in the US",
        [DocumentTypes.Passport, DocumentTypes.BirthCertificate]);

    private static readonly RequiredItem GreenCard = new(
        "permanent-resident-card",
        "a copy of your permanent resident card (green card)",
        [DocumentTypes.PermanentResidentCard]);

    private static readonly RequiredItem Visa = new(
        "visa",
        "a copy of your valid US visa",
        [DocumentTypes.Visa]);

    /// <summary>The items required for <paramref name="category"/>.</summary>
    public static IReadOnlyList<RequiredItem> For(ApplicantCategory category) => category switch
    {
        ApplicantCategory.UsCitizen => [Citizenship, Residency],
        ApplicantCategory.PermanentResident => [GreenCard, Residency],
        ApplicantCategory.OtherNonCitizen => [Visa, Residency],
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown applicant category."),
    };

    /// <summary>
    /// What is still missing, given the types of the accepted documents and whether the reviewer confirmed that
    /// the applicant lives in the City of Los Angeles (the reviewer's call, never the system's).
    /// </summary>
    public static IReadOnlyList<RequiredItem> Missing(
        ApplicantCategory category, IEnumerable<string> acceptedTypes, bool residencyConfirmed)
    {
        var accepted = acceptedTypes.ToHashSet(StringComparer.Ordinal);
        return For(category)
            .Where(item => !item.AcceptedTypes.Any(accepted.Contains) || (item == Residency && !residencyConfirmed))
            .ToList();
    }
}
