using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Configuration;

namespace ClearanceWorkflow.Service.Tests;

public sealed class ReferralDirectoryTests
{
    [Theory]
    [InlineData(ClearancePurpose.Immigration, "California Department of Justice", "Federal Bureau of Investigation")]
    [InlineData(ClearancePurpose.Emigration, "California Department of Justice", "Federal Bureau of Investigation")]
    [InlineData(ClearancePurpose.Employment, "California Department of Justice", null)]
    [InlineData(ClearancePurpose.Other, "California Department of Justice", null)]
    public void The_shipped_directory_names_an_agency_for_every_referred_purpose(ClearancePurpose purpose, string first, string? second)
    {
        var agencies = new ReferralDirectory(null).For(purpose).Select(a => a.Name).ToList();
        Assert.Equal(second is null ? [first] : [first, second], agencies);
    }

    [Fact]
    public void Every_referred_purpose_is_covered_and_every_agency_has_a_contact()
    {
        var directory = new ReferralDirectory(null);
        foreach (var purpose in Enum.GetValues<ClearancePurpose>().Where(ReferralRules.IsReferred))
        {
            Assert.NotEmpty(directory.For(purpose));
        }
        Assert.All(directory.Agencies, a => Assert.False(string.IsNullOrWhiteSpace(a.Contact)));
    }

    [Fact]
    public void An_edited_directory_is_read_again_without_a_restart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"referrals-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, """{ "agencies": [ { "name": "Agency A", "serves": "x", "contact": "111", "purposes": ["Employment"] } ] }""");
            var directory = new ReferralDirectory(file);
            Assert.Equal("Agency A", directory.For(ClearancePurpose.Employment).Single().Name);

            File.WriteAllText(file, """{ "agencies": [ { "name": "Agency B", "serves": "x", "contact": "222", "purposes": ["Employment"] } ] }""");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
            Assert.Equal("Agency B", directory.For(ClearancePurpose.Employment).Single().Name);
            Assert.Throws<InvalidOperationException>(() => directory.For(ClearancePurpose.Immigration));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
