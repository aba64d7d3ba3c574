using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class RequiredDocumentsTests
{
    [Theory]
    [InlineData(ApplicantCategory.UsCitizen, "citizenship,residency")]
    [InlineData(ApplicantCategory.PermanentResident, "permanent-resident-card,residency")]
    [InlineData(ApplicantCategory.OtherNonCitizen, "visa,residency")]
    public void Each_applicant_category_has_its_own_checklist(ApplicantCategory category, string codes) =>
        Assert.Equal(codes.Split(','), RequiredDocuments.For(category).Select(item => item.Code));

    [Theory]
    // US citizens: a passport or a birth certificate, plus a licence or ID the reviewer confirmed as a city address.
    [InlineData(ApplicantCategory.UsCitizen, "passport,driver-license", true, "")]
    [InlineData(ApplicantCategory.UsCitizen, "birth-certificate,state-id", true, "")]
    [InlineData(ApplicantCategory.UsCitizen, "passport,birth-certificate,driver-license,state-id", true, "")]
    [InlineData(ApplicantCategory.UsCitizen, "driver-license", true, "citizenship")]
    [InlineData(ApplicantCategory.UsCitizen, "permanent-resident-card,driver-license", true, "citizenship")]
    [InlineData(ApplicantCategory.UsCitizen, "visa,state-id", true, "citizenship")]
    [InlineData(ApplicantCategory.UsCitizen, "", true, "citizenship,residency")]
    [InlineData(ApplicantCategory.UsCitizen, "", false, "citizenship,residency")]
    // Residency counts only when the reviewer confirmed it, and only through a licence or ID.
    [InlineData(ApplicantCategory.UsCitizen, "passport,driver-license", false, "residency")]
    [InlineData(ApplicantCategory.UsCitizen, "passport,state-id", false, "residency")]
    [InlineData(ApplicantCategory.UsCitizen, "passport,utility-bill", true, "residency")]
    [InlineData(ApplicantCategory.UsCitizen, "passport", true, "residency")]
    // Permanent residents: the green card.
    [InlineData(ApplicantCategory.PermanentResident, "permanent-resident-card,state-id", true, "")]
    [InlineData(ApplicantCategory.PermanentResident, "permanent-resident-card,driver-license", false, "residency")]
    [InlineData(ApplicantCategory.PermanentResident, "passport,driver-license", true, "permanent-resident-card")]
    [InlineData(ApplicantCategory.PermanentResident, "birth-certificate,visa,driver-license", true, "permanent-resident-card")]
    // Other non-citizens: a valid US visa; a passport alone is not enough.
    [InlineData(ApplicantCategory.OtherNonCitizen, "visa,driver-license", true, "")]
    [InlineData(ApplicantCategory.OtherNonCitizen, "passport,visa,state-id", true, "")]
    [InlineData(ApplicantCategory.OtherNonCitizen, "passport,driver-license", true, "visa")]
    [InlineData(ApplicantCategory.OtherNonCitizen, "visa", true, "residency")]
    [InlineData(ApplicantCategory.OtherNonCitizen, "visa,utility-bill", false, "residency")]
    public void The_checklist_lists_exactly_what_is_still_missing(
        ApplicantCategory category, string acceptedTypes, bool residencyConfirmed, string missingCodes)
    {
        var accepted = acceptedTypes.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var expected = missingCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);

        var missing = RequiredDocuments.Missing(category, accepted, residencyConfirmed);

        Assert.Equal(expected, missing.Select(item => item.Code));
    }

    [Theory]
    [InlineData(ApplicantCategory.UsCitizen)]
    [InlineData(ApplicantCategory.PermanentResident)]
    [InlineData(ApplicantCategory.OtherNonCitizen)]
    public void Every_checklist_item_tells_the_applicant_what_to_send(ApplicantCategory category) =>
        Assert.All(RequiredDocuments.For(category), item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Description));
            Assert.NotEmpty(item.AcceptedTypes);
            Assert.All(item.AcceptedTypes, type => Assert.True(DocumentTypes.IsKnown(type), type));
        });
}
