namespace ClearanceWorkflow.Core.Domain;

/// <summary>Which clearance purposes the unit serves itself and which belong to another agency.</summary>
public static class ReferralRules
{
    /// <summary>Letters are accepted by foreign governments for foreign travel or adoption only; anything else is referred.</summary>
    public static bool IsReferred(ClearancePurpose purpose) =>
        purpose is not (ClearancePurpose.ForeignTravel or ClearancePurpose.Adoption);

    /// <summary>
    /// What a request is referred for, or null when the unit serves it: a clearance for a purpose it does not serve, or a
    /// sealing petition after an accusatory pleading was filed, which belongs to the court (851.8(c)).
    /// </summary>
    public static ClearancePurpose? ReferredFor(OpenCaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Service switch
        {
            ServiceKind.ClearanceLetter when request.Clearance?.Purpose is { } purpose && IsReferred(purpose) => purpose,
            ServiceKind.ArrestRecordSealing when request.Sealing?.AccusatoryPleadingFiled == true => ClearancePurpose.CourtSealing,
            _ => null,
        };
    }
}
