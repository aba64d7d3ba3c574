using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Workflows;

/// <summary>What the unit's letters and notices say.</summary>
public static class LetterTexts
{
    /// <summary>The unit's return address, printed on every item.</summary>
    public static readonly IReadOnlyList<string> Unit =
    [
        "Los Angeles Police Department",
        "Records and Identification Division, CSRRU",
        "Police Administration Building",
        "100 W. 1st Street, Los Angeles, CA 90012",
        "(213) 486-8320",
    ];

    /// <summary>The clearance letter.</summary>
    public static IReadOnlyList<string> ClearanceLetter(CaseOpening opening, string? disclosure)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var purpose = opening.Clearance?.Purpose == ClearancePurpose.Adoption ? "adoption" : "foreign travel";
        var destination = string.IsNullOrWhiteSpace(opening.Clearance?.DestinationCountry)
            ? "" : $" This letter is issued for presentation to the government of {opening.Clearance!.DestinationCountry}.";
        var finding = disclosure is null
            ? $"A search of the records of the Los Angeles Police Department was made for {opening.Applicant.FullName}, "
              + $"born {opening.Applicant.DateOfBirth:yyyy-MM-dd}, and no record of arrest was found."
            : $"A search of the records of the Los Angeles Police Department was made for {opening.Applicant.FullName}, "
              + $"born {opening.Applicant.DateOfBirth:yyyy-MM-dd}. Disclosure: {disclosure}";
        return
        [
            "To whom it may concern:",
            finding,
            $"This letter is issued at the request of the person named above for the purpose of {purpose} only.{destination}",
            "This letter covers the records of the Los Angeles Police Department only. Its authenticity can be "
            + "checked with the verification code printed below.",
        ];
    }

    /// <summary>The deficiency notice listing exactly what is missing.</summary>
    public static IReadOnlyList<string> DeficiencyNotice(IEnumerable<string> missing, TimeSpan deadline)
    {
        var lines = new List<string>
        {
            "We received your request for a clearance letter, but we cannot process it yet. Please send us the following:",
        };
        lines.AddRange(missing.Select(m => $"- {m}"));
        lines.Add($"Mail the items with your case number within {Durations.InWords(deadline)}. If we do not receive them by then, "
            + "your request will be closed and any payment we hold returned uncashed.");
        return lines;
    }

    /// <summary>The denial letter.</summary>
    public static IReadOnlyList<string> DenialLetter(string reason) =>
    [
        "We have reviewed your request for a clearance letter and are unable to issue one.",
        $"Reason: {reason}",
        "If you believe a record is in error, you may contact the Records and Identification Division at the address above.",
    ];

    /// <summary>The notice asking for a replacement payment after a dishonored one.</summary>
    public static IReadOnlyList<string> DishonoredNotice(decimal fee, TimeSpan deadline) =>
    [
        "Your payment for a clearance letter was returned unpaid by your bank.",
        $"Please send a money order or cashier's check for {fee:0.00} dollars payable to LAPD, with your case number, within "
        + $"{Durations.InWords(deadline)}. If we do not receive it by then, your request will be closed.",
    ];

    /// <summary>The closure notice (with the uncashed payment, when the unit holds one) when the applicant did not answer.</summary>
    public static IReadOnlyList<string> AbandonedNotice(bool paymentEnclosed) =>
    [
        "We did not receive the items we asked for by the deadline, so your request for a clearance letter is closed.",
        paymentEnclosed
            ? "Your payment is returned with this notice, uncashed. You are welcome to send a new, complete request."
            : "You are welcome to send a new, complete request.",
    ];

    /// <summary>The notice returning an instrument the unit cannot accept.</summary>
    public static IReadOnlyList<string> RefusedPaymentNotice(IEnumerable<string> problems, decimal fee)
    {
        var lines = new List<string> { "We are returning the payment that came with your request for a clearance letter:" };
        lines.AddRange(problems.Select(p => $"- {p}"));
        lines.Add($"Please send a check, money order or cashier's check for {fee:0.00} dollars payable to LAPD, with your case number.");
        return lines;
    }

    /// <summary>The referral notice: where to send a request the unit does not handle.</summary>
    public static IReadOnlyList<string> ReferralNotice(ClearancePurpose purpose, IEnumerable<ReferralAgency> agencies, bool paymentEnclosed)
    {
        var lines = new List<string>
        {
            purpose switch
            {
                ClearancePurpose.Expungement => "We received your request for an expungement (a conviction changed to a non-conviction). "
                    + "Expungements are granted by the court, not by the Los Angeles Police Department. Please contact:",
                ClearancePurpose.JuvenileSealing => "We received your request to seal juvenile arrest records. Juvenile records are "
                    + "sealed through the County Clerk, not by the Los Angeles Police Department. Please contact:",
                ClearancePurpose.CourtSealing => "We received your petition to seal and destroy arrest records. Because an accusatory "
                    + "pleading was filed after the arrest, the petition must be made to the court (Penal Code section 851.8(c)), "
                    + "not to the Los Angeles Police Department. Please contact:",
                _ => $"We received your request for a police clearance for {Slugs.Of(purpose).Replace('-', ' ')}. The Los Angeles Police "
                    + "Department issues clearance letters only to residents of the City of Los Angeles for foreign travel or adoption, "
                    + "so we cannot process your request. Please contact:",
            },
        };
        lines.AddRange(agencies.Select(a => $"- {a.Name}: {a.Serves}. {a.Contact}"));
        if (paymentEnclosed)
        {
            lines.Add("Your payment is returned uncashed in a separate notice.");
        }
        return lines;
    }

    /// <summary>The notice returning the payment of a referred request.</summary>
    public static IReadOnlyList<string> ReferralPaymentReturned() =>
    [
        "We are returning, uncashed, the payment that came with your request: the request belongs to another agency, "
        + "as our referral notice explains.",
    ];
}
