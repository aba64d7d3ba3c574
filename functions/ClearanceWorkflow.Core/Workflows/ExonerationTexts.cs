using System.Globalization;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Workflows;

/// <summary>What the unit's certificate to exonerate an arrest, and the notices of that service, say.</summary>
public static class ExonerationTexts
{
    private const string CourtRoute =
        "You may ask the Superior Court of California, County of Los Angeles, for a judicial finding of factual innocence: "
        + "a person whose identity was used in an arrest may petition the court for a determination of factual innocence "
        + "(Penal Code sections 530.6 and 851.8). The court's order can then be presented to this department.";

    private const string Registry =
        "If your identity was used by someone else, you may also enroll in the California Department of Justice Identity "
        + "Theft Registry (Penal Code section 530.7), which lets you show that a record in your name belongs to someone else.";

    private const string Contact = "For questions, call the Records and Identification Division, CSRRU, at (213) 486-8320.";

    /// <summary>The booking or warrant numbers the case is about, as printed on its letters.</summary>
    public static string Subject(ExonerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.BookingNumber))
        {
            parts.Add($"LAPD booking number {request.BookingNumber}");
        }
        if (!string.IsNullOrWhiteSpace(request.WarrantNumber))
        {
            parts.Add($"LAPD warrant number {request.WarrantNumber}");
        }
        return string.Join(" and ", parts);
    }

    /// <summary>The certificate: the numbers, that the holder is not the person arrested; the date and code are printed by the layout.</summary>
    public static IReadOnlyList<string> Certificate(CaseOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var subject = Subject(opening.Exoneration!);
        return
        [
            "CERTIFICATE TO EXONERATE AN ARREST",
            $"The Los Angeles Police Department certifies that {opening.Applicant.FullName}, born "
            + $"{opening.Applicant.DateOfBirth:yyyy-MM-dd}, is not the person arrested or wanted under {subject}.",
            "An investigation by the Records and Identification Division, with a comparison of fingerprints and photograph, "
            + "found that the name of the holder was used by, or wrongly attached to, another person.",
            "This certificate covers the records of the Los Angeles Police Department only. Its authenticity can be checked "
            + "with the verification code printed below.",
        ];
    }

    /// <summary>The reminder sent before a return visit.</summary>
    public static IReadOnlyList<string> Reminder(DateTimeOffset visitAt, string timeZone) =>
    [
        $"This is a reminder of your return visit for final verification and documentation of your request for a certificate "
        + $"to exonerate an arrest: {At(visitAt, timeZone)}.",
        "Please come to the Records and Identification Division, Police Administration Building, 100 W. 1st Street, Los Angeles, "
        + "with a photo identification and this letter.",
        "If you cannot come at that time, call (213) 486-8320 before the visit to reschedule it.",
    ];

    /// <summary>The notice when the fingerprints and photo match the person arrested.</summary>
    public static IReadOnlyList<string> IdentityMatched() =>
    [
        "We compared your fingerprints and photograph with the arrest record you asked about. They identify you as the person "
        + "arrested, so the department cannot issue a certificate to exonerate the arrest.",
        CourtRoute,
        Contact,
    ];

    /// <summary>The notice when the investigation could not substantiate the claim: the court route and the DOJ registry.</summary>
    public static IReadOnlyList<string> NotSubstantiated() =>
    [
        "Our investigation could not establish that your name was used by, or wrongly attached to, another person, so the "
        + "department cannot issue a certificate to exonerate the arrest.",
        CourtRoute,
        Registry,
        Contact,
    ];

    /// <summary>The notice when final verification did not confirm the finding.</summary>
    public static IReadOnlyList<string> NotVerified() =>
    [
        "Final verification at your visit did not confirm the finding of the investigation, so the department cannot issue a "
        + "certificate to exonerate the arrest.",
        CourtRoute,
        Registry,
        Contact,
    ];

    /// <summary>The notice when the person did not come back and the visit was not rescheduled in time.</summary>
    public static IReadOnlyList<string> NoShow(DateTimeOffset missedVisit, string timeZone) =>
    [
        $"You did not come to your return visit on {At(missedVisit, timeZone)}, and it was not rescheduled, so your request "
        + "for a certificate to exonerate an arrest is closed.",
        "You are welcome to make a new appointment by calling (213) 486-8320.",
    ];

    /// <summary>The closing notice of a first appointment nobody came to.</summary>
    public static IReadOnlyList<string> AppointmentMissed(DateTimeOffset appointment, string timeZone) =>
    [
        $"No one came to your appointment on {At(appointment, timeZone)}, and none was kept since, so your request for a "
        + "certificate to exonerate an arrest is closed.",
        "You are welcome to make a new appointment by calling (213) 486-8320.",
    ];

    /// <summary>An instant as the unit's letters print it, in the unit's time zone.</summary>
    public static string At(DateTimeOffset instant, string timeZone)
    {
        var zone = UnitCalendar.Zone(timeZone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var label = zone.Id == "America/Los_Angeles" ? "Los Angeles time" : zone.Id;
        return $"{local.ToString("dddd, MMMM d, yyyy 'at' h:mm tt", CultureInfo.InvariantCulture)} ({label})";
    }
}
