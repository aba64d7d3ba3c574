using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class ReferralRulesTests
{
    [Theory]
    [InlineData(ClearancePurpose.ForeignTravel, false)]
    [InlineData(ClearancePurpose.Adoption, false)]
    [InlineData(ClearancePurpose.Immigration, true)]
    [InlineData(ClearancePurpose.Emigration, true)]
    [InlineData(ClearancePurpose.Employment, true)]
    [InlineData(ClearancePurpose.Other, true)]
    public void Only_foreign_travel_and_adoption_are_served_by_the_unit(ClearancePurpose purpose, bool referred) =>
        Assert.Equal(referred, ReferralRules.IsReferred(purpose));

    [Fact]
    public void Every_purpose_is_either_served_or_referred() =>
        Assert.Equal(
            [ClearancePurpose.ForeignTravel, ClearancePurpose.Adoption],
            Enum.GetValues<ClearancePurpose>().Where(p => !ReferralRules.IsReferred(p)));
}
