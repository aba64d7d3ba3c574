using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class OpenCaseValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static readonly OpenCaseRequest Valid = new(
        ServiceKind.ClearanceLetter,
        IntakeChannel.Mail,
        Today,
        new Applicant("Maria", "Lopez", new DateOnly(1988, 3, 14), new Address("200 N Spring St", null, "Los Angeles", "CA", "90012")),
        new ClearanceRequest(ClearancePurpose.ForeignTravel, ApplicantCategory.UsCitizen, "Japan"),
        new PaymentInstrument(PaymentInstrumentKind.MoneyOrder, 17.00m, "MO-5531", "LAPD"),
        null,
        null);

    private static readonly Dictionary<string, Func<OpenCaseRequest, OpenCaseRequest>> Changes = new(StringComparer.Ordinal)
    {
        ["no service"] = r => r with { Service = null },
        ["a referral opened directly"] = r => r with { Service = ServiceKind.Referral },
        ["no channel"] = r => r with { Channel = null },
        ["no day received"] = r => r with { ReceivedOn = null },
        ["received tomorrow"] = r => r with { ReceivedOn = Today.AddDays(1) },
        ["no applicant"] = r => r with { Applicant = null },
        ["no given name"] = r => r with { Applicant = r.Applicant! with { GivenName = null } },
        ["a blank given name"] = r => r with { Applicant = r.Applicant! with { GivenName = "  " } },
        ["no family name"] = r => r with { Applicant = r.Applicant! with { FamilyName = "" } },
        ["no date of birth"] = r => r with { Applicant = r.Applicant! with { DateOfBirth = null } },
        ["no address"] = r => r with { Applicant = r.Applicant! with { Address = null } },
        ["no street"] = r => r with { Applicant = r.Applicant! with { Address = r.Applicant.Address! with { Line1 = "" } } },
        ["no city"] = r => r with { Applicant = r.Applicant! with { Address = r.Applicant.Address! with { City = null } } },
        ["no state"] = r => r with { Applicant = r.Applicant! with { Address = r.Applicant.Address! with { State = " " } } },
        ["no postal code"] = r => r with { Applicant = r.Applicant! with { Address = r.Applicant.Address! with { PostalCode = null } } },
        ["no clearance request"] = r => r with { Clearance = null },
        ["no purpose"] = r => r with { Clearance = r.Clearance! with { Purpose = null } },
        ["no category for foreign travel"] = r => r with { Clearance = r.Clearance! with { Category = null } },
        ["no category for adoption"] = r => r with { Clearance = new ClearanceRequest(ClearancePurpose.Adoption, null, null) },
        ["no payment kind"] = r => r with { Payment = r.Payment! with { Instrument = null } },
        ["no payment amount"] = r => r with { Payment = r.Payment! with { Amount = null } },
        ["a negative payment amount"] = r => r with { Payment = r.Payment! with { Amount = -17.00m } },
    };

    public static TheoryData<string, string> ProblemsByField => new()
    {
        { "no service", "service" },
        { "a referral opened directly", "service" },
        { "no channel", "channel" },
        { "no day received", "receivedOn" },
        { "received tomorrow", "receivedOn" },
        { "no applicant", "applicant" },
        { "no given name", "applicant.givenName" },
        { "a blank given name", "applicant.givenName" },
        { "no family name", "applicant.familyName" },
        { "no date of birth", "applicant.dateOfBirth" },
        { "no address", "applicant.address" },
        { "no street", "applicant.address.line1" },
        { "no city", "applicant.address.city" },
        { "no state", "applicant.address.state" },
        { "no postal code", "applicant.address.postalCode" },
        { "no clearance request", "clearance" },
        { "no purpose", "clearance.purpose" },
        { "no category for foreign travel", "clearance.category" },
        { "no category for adoption", "clearance.category" },
        { "no payment kind", "payment.instrument" },
        { "no payment amount", "payment.amount" },
        { "a negative payment amount", "payment.amount" },
    };

    [Fact]
    public void A_complete_request_has_no_problems() =>
        Assert.Empty(OpenCaseValidator.Validate(Valid, Now));

    [Theory]
    [MemberData(nameof(ProblemsByField))]
    public void Each_problem_is_reported_under_the_field_it_concerns(string change, string field)
    {
        var errors = OpenCaseValidator.Validate(Changes[change](Valid), Now);

        Assert.Equal([field], errors.Keys);
        Assert.All(errors[field], message => Assert.False(string.IsNullOrWhiteSpace(message)));
    }

    [Theory]
    [InlineData(ClearancePurpose.Immigration)]
    [InlineData(ClearancePurpose.Emigration)]
    [InlineData(ClearancePurpose.Employment)]
    [InlineData(ClearancePurpose.Other)]
    public void A_referred_purpose_needs_no_applicant_category(ClearancePurpose purpose) =>
        Assert.Empty(OpenCaseValidator.Validate(Valid with { Clearance = new ClearanceRequest(purpose, null, null) }, Now));

    [Fact]
    public void Mail_received_today_is_not_in_the_future() =>
        Assert.Empty(OpenCaseValidator.Validate(Valid with { ReceivedOn = Today }, Now));

    [Fact]
    public void A_request_without_a_payment_is_accepted_for_a_deficiency_notice_to_ask_for_one() =>
        Assert.Empty(OpenCaseValidator.Validate(Valid with { Payment = null }, Now));

    [Fact]
    public void An_exoneration_needs_no_clearance_request_and_takes_no_payment() =>
        Assert.Empty(OpenCaseValidator.Validate(Exoneration, Now));

    [Theory]
    [InlineData("2026-11-27T08:00:00Z")]
    [InlineData("2026-11-27T07:56:00Z")]
    [InlineData("2027-06-01T16:00:00-07:00")]
    public void An_appointment_now_begun_within_the_clock_tolerance_or_months_ahead_is_accepted(string at) =>
        Assert.Empty(OpenCaseValidator.Validate(Exoneration with
        {
            Exoneration = Exoneration.Exoneration! with { AppointmentAt = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture) },
        }, Now));

    [Fact]
    public void A_warrant_number_alone_is_enough() =>
        Assert.Empty(OpenCaseValidator.Validate(Exoneration with
        {
            Exoneration = Exoneration.Exoneration! with { BookingNumber = null, WarrantNumber = "BA-123456" },
        }, Now));

    [Theory]
    [MemberData(nameof(ExonerationProblemsByField))]
    public void Each_problem_of_an_exoneration_is_reported_under_the_field_it_concerns(string change, string field)
    {
        var errors = OpenCaseValidator.Validate(ExonerationChanges[change](Exoneration), Now);

        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void A_service_number_outside_the_list_is_a_bad_field_not_an_unoffered_service()
    {
        var errors = OpenCaseValidator.Validate(Valid with { Service = (ServiceKind)(-1) }, Now);

        Assert.Equal(["service"], errors.Keys);
    }

    [Fact]
    public void A_sealing_petition_by_mail_with_its_arrest_is_accepted() =>
        Assert.Empty(OpenCaseValidator.Validate(Sealing, Now));

    [Theory]
    [MemberData(nameof(SealingProblemsByField))]
    public void Each_problem_of_a_sealing_petition_is_reported_under_the_field_it_concerns(string change, string field)
    {
        var errors = OpenCaseValidator.Validate(SealingChanges[change](Sealing), Now);

        Assert.Equal([field], errors.Keys);
    }

    private static readonly OpenCaseRequest Sealing = Valid with
    {
        Service = ServiceKind.ArrestRecordSealing,
        Clearance = null,
        Payment = null,
        Sealing = new SealingRequest("7104418", Today.AddYears(-1), ["LAPD"], false, null),
    };

    private static readonly Dictionary<string, Func<OpenCaseRequest, OpenCaseRequest>> SealingChanges = new(StringComparer.Ordinal)
    {
        ["no petition"] = r => r with { Sealing = null },
        ["no booking number"] = r => r with { Sealing = r.Sealing! with { BookingNumber = null } },
        ["a malformed booking number"] = r => r with { Sealing = r.Sealing! with { BookingNumber = "71 04" } },
        ["no arrest date"] = r => r with { Sealing = r.Sealing! with { ArrestDate = null } },
        ["an arrest after receipt"] = r => r with { Sealing = r.Sealing! with { ArrestDate = Today.AddDays(1) } },
        ["no agencies"] = r => r with { Sealing = r.Sealing! with { ArrestingAgencies = [] } },
        ["a blank agency"] = r => r with { Sealing = r.Sealing! with { ArrestingAgencies = ["LAPD", " "] } },
        ["a lapse before the arrest"] = r => r with { Sealing = r.Sealing! with { LimitationsLapsedOn = Today.AddYears(-2) } },
        ["at an appointment"] = r => r with { Channel = IntakeChannel.Appointment },
        ["a payment"] = r => r with { Payment = new PaymentInstrument(PaymentInstrumentKind.MoneyOrder, 17.00m, "MO-1", "LAPD") },
    };

    public static TheoryData<string, string> SealingProblemsByField => new()
    {
        { "no petition", "sealing" },
        { "no booking number", "sealing.bookingNumber" },
        { "a malformed booking number", "sealing.bookingNumber" },
        { "no arrest date", "sealing.arrestDate" },
        { "an arrest after receipt", "sealing.arrestDate" },
        { "no agencies", "sealing.arrestingAgencies" },
        { "a blank agency", "sealing.arrestingAgencies" },
        { "a lapse before the arrest", "sealing.limitationsLapsedOn" },
        { "at an appointment", "channel" },
        { "a payment", "payment" },
    };

    private static readonly OpenCaseRequest Exoneration = Valid with
    {
        Service = ServiceKind.Exoneration,
        Channel = IntakeChannel.Appointment,
        Clearance = null,
        Payment = null,
        Exoneration = new ExonerationRequest("6012345", null, Now.AddHours(2)),
    };

    private static readonly Dictionary<string, Func<OpenCaseRequest, OpenCaseRequest>> ExonerationChanges = new(StringComparer.Ordinal)
    {
        ["no exoneration request"] = r => r with { Exoneration = null },
        ["neither number"] = r => r with { Exoneration = r.Exoneration! with { BookingNumber = null, WarrantNumber = " " } },
        ["a booking number with spaces"] = r => r with { Exoneration = r.Exoneration! with { BookingNumber = "60 12345" } },
        ["a booking number too short"] = r => r with { Exoneration = r.Exoneration! with { BookingNumber = "601" } },
        ["a warrant number too long"] = r => r with { Exoneration = r.Exoneration! with { WarrantNumber = new string('7', 21) } },
        ["no appointment"] = r => r with { Exoneration = r.Exoneration! with { AppointmentAt = null } },
        ["an appointment yesterday"] = r => r with { Exoneration = r.Exoneration! with { AppointmentAt = Now.AddDays(-1) } },
        ["an appointment two hours ago"] = r => r with { Exoneration = r.Exoneration! with { AppointmentAt = Now.AddHours(-2) } },
        ["an appointment ten minutes ago"] = r => r with { Exoneration = r.Exoneration! with { AppointmentAt = Now.AddMinutes(-10) } },
        ["an appointment two years ahead"] = r => r with { Exoneration = r.Exoneration! with { AppointmentAt = Now.AddYears(2) } },
        ["opened from the mail"] = r => r with { Channel = IntakeChannel.Mail },
        ["a payment"] = r => r with { Payment = new PaymentInstrument(PaymentInstrumentKind.MoneyOrder, 17.00m, "MO-1", "LAPD") },
        ["a clearance request"] = r => r with { Clearance = new ClearanceRequest(ClearancePurpose.ForeignTravel, ApplicantCategory.UsCitizen, null) },
    };

    public static TheoryData<string, string> ExonerationProblemsByField => new()
    {
        { "no exoneration request", "exoneration" },
        { "neither number", "exoneration.bookingNumber" },
        { "a booking number with spaces", "exoneration.bookingNumber" },
        { "a booking number too short", "exoneration.bookingNumber" },
        { "a warrant number too long", "exoneration.warrantNumber" },
        { "no appointment", "exoneration.appointmentAt" },
        { "an appointment yesterday", "exoneration.appointmentAt" },
        { "an appointment two hours ago", "exoneration.appointmentAt" },
        { "an appointment ten minutes ago", "exoneration.appointmentAt" },
        { "an appointment two years ahead", "exoneration.appointmentAt" },
        { "opened from the mail", "channel" },
        { "a payment", "payment" },
        { "a clearance request", "clearance" },
    };

    [Fact]
    public void An_empty_request_reports_every_required_field_at_once()
    {
        var errors = OpenCaseValidator.Validate(new OpenCaseRequest(null, null, null, null, null, null, null, null), Now);

        Assert.Equal(["applicant", "channel", "receivedOn", "service"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_applicant_with_nothing_filled_in_is_reported_field_by_field()
    {
        var request = Valid with { Applicant = new Applicant(null, null, null, new Address(null, null, null, null, null)) };

        var errors = OpenCaseValidator.Validate(request, Now);

        Assert.Equal(
            [
                "applicant.address.city", "applicant.address.line1", "applicant.address.postalCode", "applicant.address.state",
                "applicant.dateOfBirth", "applicant.familyName", "applicant.givenName",
            ],
            errors.Keys.Order(StringComparer.Ordinal));
    }
}
