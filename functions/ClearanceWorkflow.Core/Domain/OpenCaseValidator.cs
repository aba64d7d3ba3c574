namespace ClearanceWorkflow.Core.Domain;

/// <summary>Checks a request to open a case; every problem is reported against the field it concerns.</summary>
public static class OpenCaseValidator
{
    /// <summary>The services this deployment runs as cases today.</summary>
    public static readonly IReadOnlySet<ServiceKind> Offered = new HashSet<ServiceKind> { ServiceKind.ClearanceLetter };

    /// <summary>Field → messages for everything wrong with <paramref name="request"/>; empty when it is acceptable.</summary>
    public static Dictionary<string, string[]> Validate(OpenCaseRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
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
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
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
}
