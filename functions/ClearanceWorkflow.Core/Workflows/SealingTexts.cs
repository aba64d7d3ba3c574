using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Workflows;

/// <summary>What the unit's letters on a petition to seal and destroy arrest records (Penal Code 851.8) say.</summary>
public static class SealingTexts
{
    /// <summary>The state Department of Justice, which is asked to seal and destroy its copies of a sealed arrest.</summary>
    public static readonly (string Name, IReadOnlyList<string> Address) StateDoj =
        ("California Department of Justice", ["Bureau of Criminal Information and Analysis", "Sacramento, CA"]);

    private const string CourtRoute =
        "You may petition the Superior Court of California, County of Los Angeles, for a finding of factual innocence and an "
        + "order to seal and destroy the arrest records (Penal Code section 851.8(b)). Los Angeles Superior Court, 210 West "
        + "Temple Street, Los Angeles; telephone 213-974-6141 or 213-974-6142.";

    /// <summary>The written declaration of factual innocence to the petitioner (851.8(f)).</summary>
    public static IReadOnlyList<string> Declaration(CaseOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var sealing = opening.Sealing!;
        return
        [
            "DECLARATION OF FACTUAL INNOCENCE",
            $"The Los Angeles Police Department, with the concurrence of the prosecuting attorney, has found that "
            + $"{opening.Applicant.FullName} is factually innocent of the charges for which the arrest of {sealing.ArrestDate:yyyy-MM-dd} "
            + $"(booking number {sealing.BookingNumber}) was made (Penal Code section 851.8).",
            "The department has sealed its records of the arrest and of your petition. They will be destroyed three years after "
            + "the arrest. The arrest is deemed not to have occurred, and you may answer any question relating to it accordingly.",
            "The California Department of Justice and every other agency that took part in the arrest have been asked to seal "
            + "and destroy their copies.",
        ];
    }

    /// <summary>The request to the state DOJ or a co-arresting agency to seal and destroy its records of the arrest.</summary>
    public static IReadOnlyList<string> SealAndDestroyRequest(CaseOpening opening, DateOnly destroyOn)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var sealing = opening.Sealing!;
        return
        [
            $"Under Penal Code section 851.8(a), the Los Angeles Police Department has found {opening.Applicant.FullName}, born "
            + $"{opening.Applicant.DateOfBirth:yyyy-MM-dd}, factually innocent of the charges of the arrest of {sealing.ArrestDate:yyyy-MM-dd} "
            + $"(LAPD booking number {sealing.BookingNumber}), with the concurrence of the prosecuting attorney.",
            $"Please seal your records of this arrest for three years from the arrest, and destroy them on {destroyOn:yyyy-MM-dd}. "
            + "Please reference our case number on any reply.",
        ];
    }

    /// <summary>The notice of a denial, by the agency or for want of the prosecutor's concurrence, with the reason.</summary>
    public static IReadOnlyList<string> Denied(string reason) =>
    [
        "Your petition to seal and destroy arrest records under Penal Code section 851.8 has been denied.",
        $"Reason: {reason}",
        CourtRoute,
    ];

    /// <summary>The notice of a petition deemed denied: no decision within the decision period.</summary>
    public static IReadOnlyList<string> DeemedDenied(TimeSpan period) =>
    [
        $"No decision was made on your petition to seal and destroy arrest records within {Durations.InWords(period)}, so under "
        + "Penal Code section 851.8(b) the petition is deemed denied.",
        CourtRoute,
    ];
}
