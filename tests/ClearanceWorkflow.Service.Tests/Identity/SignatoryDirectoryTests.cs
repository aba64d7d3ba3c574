using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Service.Identity;
using Microsoft.Extensions.Configuration;

namespace ClearanceWorkflow.Service.Tests.Identity;

public sealed class SignatoryDirectoryTests
{
    private static SignatoryDirectory With(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

    [Fact]
    public void A_supervisor_on_the_list_signs_with_the_name_and_title_it_gives()
    {
        var directory = With(
            ("Staff:Signatories:0:StaffId", "sup-1"), ("Staff:Signatories:0:Name", " Sgt. Dana Whitfield "),
            ("Staff:Signatories:0:Title", "Supervisor, Records and Identification Division"));
        Assert.Equal(new Signatory("Sgt. Dana Whitfield", "Supervisor, Records and Identification Division"), directory.For("sup-1"));
    }

    [Theory]
    [InlineData("sup-2", "Sgt. Dana Whitfield", "Supervisor")] // someone else's entry
    [InlineData("sup-1", "", "Supervisor")] // no name
    [InlineData("sup-1", "Sgt. Dana Whitfield", " ")] // no title
    public void Nobody_signs_without_an_entry_of_their_own_with_both_a_name_and_a_title(string listed, string name, string title)
    {
        var directory = With(("Staff:Signatories:0:StaffId", listed), ("Staff:Signatories:0:Name", name), ("Staff:Signatories:0:Title", title));
        Assert.Null(directory.For("sup-1"));
    }

    [Fact]
    public void Staff_ids_are_matched_exactly()
    {
        var directory = With(("Staff:Signatories:0:StaffId", "Sup-1"), ("Staff:Signatories:0:Name", "A"), ("Staff:Signatories:0:Title", "B"));
        Assert.Null(directory.For("sup-1"));
        Assert.Null(With().For("sup-1"));
    }
}
