using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Identity;

namespace ClearanceWorkflow.Service.Tests.Identity;

public sealed class CallerTests
{
    public static TheoryData<string> ActingRoles => new()
    {
        StaffRoles.Intake, StaffRoles.Cashier, StaffRoles.Records, StaffRoles.Investigator, StaffRoles.Supervisor, StaffRoles.Mailroom,
    };

    [Theory]
    [MemberData(nameof(ActingRoles))]
    public void A_supervisor_may_act_as_any_staff_role(string role) =>
        Assert.True(As(StaffRoles.Supervisor).MayAct(role));

    [Fact]
    public void A_supervisor_is_not_a_scanning_station() =>
        Assert.False(As(StaffRoles.Supervisor).MayAct(StaffRoles.Scanner));

    [Theory]
    [MemberData(nameof(ActingRoles))]
    public void An_auditor_may_read_what_any_role_reads_but_act_as_none(string role)
    {
        var auditor = As(StaffRoles.Auditor);

        Assert.True(auditor.MayRead(role));
        Assert.False(auditor.MayAct(role));
    }

    [Theory]
    [InlineData(StaffRoles.Intake, StaffRoles.Intake, true)]
    [InlineData(StaffRoles.Intake, StaffRoles.Cashier, false)]
    [InlineData(StaffRoles.Cashier, StaffRoles.Intake, false)]
    [InlineData(StaffRoles.Mailroom, StaffRoles.Mailroom, true)]
    [InlineData(StaffRoles.Mailroom, StaffRoles.Supervisor, false)]
    [InlineData(StaffRoles.Records, StaffRoles.Supervisor, false)]
    [InlineData(StaffRoles.Scanner, StaffRoles.Intake, false)]
    public void Other_staff_act_only_in_their_own_role(string has, string acts, bool may)
    {
        Assert.Equal(may, As(has).MayAct(acts));
        Assert.Equal(may, As(has).MayRead(acts));
    }

    [Theory]
    [InlineData(StaffRoles.Intake, true)]
    [InlineData(StaffRoles.Auditor, true)]
    [InlineData(StaffRoles.Supervisor, true)]
    [InlineData(StaffRoles.Scanner, false)]
    [InlineData("visitor", false)]
    public void Only_staff_roles_open_the_staff_routes(string role, bool isStaff) =>
        Assert.Equal(isStaff, As(role).IsStaff);

    [Fact]
    public void A_caller_with_no_roles_may_do_nothing()
    {
        var nobody = new Caller("x", new HashSet<string>());

        Assert.False(nobody.IsStaff);
        Assert.All(StaffRoles.Staff, role => Assert.False(nobody.MayRead(role)));
    }

    private static Caller As(string role) => new("staff-1", new HashSet<string>(StringComparer.Ordinal) { role });
}
