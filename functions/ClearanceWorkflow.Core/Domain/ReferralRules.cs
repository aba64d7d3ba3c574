namespace ClearanceWorkflow.Core.Domain;

/// <summary>Which clearance purposes the unit serves itself and which belong to another agency.</summary>
public static class ReferralRules
{
    /// <summary>Letters are accepted by foreign governments for foreign travel or adoption only; anything else is referred.</summary>
    public static bool IsReferred(ClearancePurpose purpose) =>
        purpose is not (ClearancePurpose.ForeignTravel or ClearancePurpose.Adoption);
}
