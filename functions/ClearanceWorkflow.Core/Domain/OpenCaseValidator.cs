using System.Text.RegularExpressions;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>Checks a request to open a case; every problem is reported against the field it concerns.</summary>
public static partial class OpenCaseValidator
{
    /// <summary>The services this deployment runs as cases today.</summary>
    public static readonly IReadOnlySet<ServiceKind> Offered = new HashSet<ServiceKind> { ServiceKind.ClearanceLetter, ServiceKind.Exoneration, ServiceKind.ArrestRecordSealing };

    /// <summary>
    /// How far in the past an appointment may be: intake opens the case as the appointment begins, so only the difference
    /// between the clerk's clock and the server's is allowed.
    /// </summary>
    public static readonly TimeSpan AppointmentClockTolerance = TimeSpan.FromMinutes(5);

    /// <summary>How far ahead an appointment may be booked (further is taken for a typing error).</summary>
    public static readonly TimeSpan AppointmentHorizon = TimeSpan.FromDays(366);

    /// <summary>Field → messages for everything wrong with <paramref name="request"/> at <paramref name="now"/>; empty when it is acceptable.</summary>
    public static Dictionary<string, string[]> Validate(OpenCaseRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        // "Today" is the latest calendar day anywhere (UTC+14), so no clerk's local date is refused as future.
        var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(14));
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }

        if (request.Service is null)
        {
            Add("service", "The service is required.");
        }
        else if (!Enum.IsDefined(request.Service.Value))
        {
            Add("service", $"The service must be one of: {string.Join(", ", Enum.GetNames<ServiceKind>())}.");
        }
        else if (request.Service == ServiceKind.Referral)
        {
            Add("service", "Referral cases are opened from a clearance-letter request with a purpose the unit refers.");
        }
        if (request.Channel is null)
        {
            Add("channel", "The channel is required: Mail or Appointment.");
        }
        if (request.ReceivedOn is null)
        {
            Add("receivedOn", "The day the mail was received is required (YYYY-MM-DD).");
        }
        else if (request.ReceivedOn > today)
        {
            Add("receivedOn", "The day the mail was received cannot be in the future.");
        }
        ValidateApplicant(request.Applicant, Add);
        if (request.Service == ServiceKind.ClearanceLetter)
        {
            ValidateClearance(request, Add);
        }
        if (request.Service == ServiceKind.Exoneration)
        {
            ValidateExoneration(request, now, Add);
        }
        if (request.Service == ServiceKind.ArrestRecordSealing)
        {
            ValidateSealing(request, today, Add);
        }
        // What is printed on a letter has a length that fits its line.
        foreach (var (field, value, max) in PrintedFields(request))
        {
            if (value is { Length: > 0 } && value.Length > max)
            {
                Add(field, $"At most {max} characters.");
            }
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static IEnumerable<(string Field, string? Value, int Max)> PrintedFields(OpenCaseRequest request)
    {
        var a = request.Applicant;
        yield return ("applicant.givenName", a?.GivenName, 60);
        yield return ("applicant.familyName", a?.FamilyName, 60);
        yield return ("applicant.address.line1", a?.Address?.Line1, 100);
        yield return ("applicant.address.line2", a?.Address?.Line2, 100);
        yield return ("applicant.address.city", a?.Address?.City, 60);
        yield return ("applicant.address.state", a?.Address?.State, 40);
        yield return ("applicant.address.postalCode", a?.Address?.PostalCode, 12);
        yield return ("clearance.destinationCountry", request.Clearance?.DestinationCountry, 60);
        yield return ("payment.number", request.Payment?.Number, 40);
        yield return ("payment.payableTo", request.Payment?.PayableTo, 60);
        yield return ("sealing.bookingNumber", request.Sealing?.BookingNumber, 20);
    }

    private static void ValidateApplicant(Applicant? applicant, Action<string, string> add)
    {
        if (applicant is null)
        {
            add("applicant", "The applicant is required.");
            return;
        }
        if (string.IsNullOrWhiteSpace(applicant.GivenName))
        {
            add("applicant.givenName", "The given name is required.");
        }
        if (string.IsNullOrWhiteSpace(applicant.FamilyName))
        {
            add("applicant.familyName", "The family name is required.");
        }
        if (applicant.DateOfBirth is null)
        {
            add("applicant.dateOfBirth", "The date of birth is required (YYYY-MM-DD).");
        }
        if (applicant.Address is null)
        {
            add("applicant.address", "The mailing address is required: letters go back by mail.");
            return;
        }
        if (string.IsNullOrWhiteSpace(applicant.Address.Line1))
        {
            add("applicant.address.line1", "The street address is required.");
        }
        if (string.IsNullOrWhiteSpace(applicant.Address.City))
        {
            add("applicant.address.city", "The city is required.");
        }
        if (string.IsNullOrWhiteSpace(applicant.Address.State))
        {
            add("applicant.address.state", "The state is required.");
        }
        if (string.IsNullOrWhiteSpace(applicant.Address.PostalCode))
        {
            add("applicant.address.postalCode", "The postal code is required.");
        }
    }

    private static void ValidateClearance(OpenCaseRequest request, Action<string, string> add)
    {
        var clearance = request.Clearance;
        if (clearance is null)
        {
            add("clearance", "The clearance request (purpose, category) is required for a clearance letter.");
        }
        else
        {
            if (clearance.Purpose is null)
            {
                add("clearance.purpose", "The purpose is required.");
            }
            if (clearance.Category is null && clearance.Purpose is { } p && !ReferralRules.IsReferred(p))
            {
                add("clearance.category", "The applicant category is required: UsCitizen, PermanentResident or OtherNonCitizen.");
            }
        }
        if (request.Payment is { } payment)
        {
            if (payment.Instrument is null)
            {
                add("payment.instrument", "The kind of instrument is required.");
            }
            if (payment.Amount is null)
            {
                add("payment.amount", "The amount is required.");
            }
            else if (payment.Amount < 0)
            {
                add("payment.amount", "The amount cannot be negative.");
            }
        }
    }

    private static void ValidateSealing(OpenCaseRequest request, DateOnly today, Action<string, string> add)
    {
        NoFeeService(request, IntakeChannel.Mail, "a sealing petition", add);
        var sealing = request.Sealing;
        if (sealing is null)
        {
            add("sealing", "The petition (booking number, arrest date, arresting agencies) is required.");
            return;
        }
        if (string.IsNullOrWhiteSpace(sealing.BookingNumber))
        {
            add("sealing.bookingNumber", "The booking number of the arrest is required.");
        }
        else if (!RecordNumber().IsMatch(sealing.BookingNumber))
        {
            add("sealing.bookingNumber", "A booking number is 4 to 20 letters, digits or hyphens.");
        }
        if (sealing.ArrestDate is not { } arrested)
        {
            add("sealing.arrestDate", "The day of the arrest is required (YYYY-MM-DD).");
        }
        else if (arrested > today || (request.ReceivedOn is { } received && arrested > received))
        {
            add("sealing.arrestDate", "The arrest cannot be after the petition was received.");
        }
        else if (arrested.Year < 1900)
        {
            add("sealing.arrestDate", "The day of the arrest is not a plausible date.");
        }
        var agencies = sealing.ArrestingAgencies;
        if (agencies is null || agencies.Count == 0)
        {
            add("sealing.arrestingAgencies", "Name the arresting agencies (the LAPD, and any co-arresting agency).");
        }
        else if (agencies.Count > 10 || agencies.Any(a => string.IsNullOrWhiteSpace(a) || a.Length > 100))
        {
            add("sealing.arrestingAgencies", "Up to 10 agencies, each named in 1 to 100 characters.");
        }
        if (sealing.LimitationsLapsedOn is { } lapse && sealing.ArrestDate is { } arrest && lapse < arrest)
        {
            add("sealing.limitationsLapsedOn", "The statute of limitations cannot lapse before the arrest.");
        }
    }

    private static void NoFeeService(OpenCaseRequest request, IntakeChannel channelRequired, string what, Action<string, string> add)
    {
        if (request.Channel is { } channel && channel != channelRequired)
        {
            add("channel", $"{char.ToUpperInvariant(what[0])}{what[1..]} arrives by {(channelRequired == IntakeChannel.Mail ? "mail" : "appointment")}: the channel is {channelRequired}.");
        }
        if (request.Clearance is not null)
        {
            add("clearance", $"A clearance request belongs to a clearance letter, not {what}.");
        }
        if (request.Payment is not null)
        {
            add("payment", $"There is no fee for {what}: no payment is taken.");
        }
    }

    private static void ValidateExoneration(OpenCaseRequest request, DateTimeOffset now, Action<string, string> add)
    {
        NoFeeService(request, IntakeChannel.Appointment, "an exoneration", add);
        var exoneration = request.Exoneration;
        if (exoneration is null)
        {
            add("exoneration", "The exoneration request (booking or warrant number, appointment) is required.");
            return;
        }
        var booking = exoneration.BookingNumber;
        var warrant = exoneration.WarrantNumber;
        if (string.IsNullOrWhiteSpace(booking) && string.IsNullOrWhiteSpace(warrant))
        {
            add("exoneration.bookingNumber", "A booking number or a warrant number (one at least) is required.");
        }
        if (!string.IsNullOrWhiteSpace(booking) && !RecordNumber().IsMatch(booking))
        {
            add("exoneration.bookingNumber", "A booking number is 4 to 20 letters, digits or hyphens.");
        }
        if (!string.IsNullOrWhiteSpace(warrant) && !RecordNumber().IsMatch(warrant))
        {
            add("exoneration.warrantNumber", "A warrant number is 4 to 20 letters, digits or hyphens.");
        }
        if (exoneration.AppointmentAt is not { } at)
        {
            add("exoneration.appointmentAt", "The time of the appointment is required (ISO 8601 with an offset).");
        }
        else if (at < now - AppointmentClockTolerance)
        {
            add("exoneration.appointmentAt", "The appointment is in the past.");
        }
        else if (at > now + AppointmentHorizon)
        {
            add("exoneration.appointmentAt", "The appointment is more than a year ahead.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{4,20}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex RecordNumber();
}
