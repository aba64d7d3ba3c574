using System.Text.Json;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Configuration;
using ClearanceWorkflow.Service.Http;

namespace ClearanceWorkflow.Service.Tests.Http;

public sealed class CaseViewsTests
{
    private static readonly CaseOpening Petition = new()
    {
        CaseNumber = "SL-2026-ABCDEF",
        Service = ServiceKind.ArrestRecordSealing,
        Channel = IntakeChannel.Mail,
        ReceivedOn = new DateOnly(2026, 11, 27),
        Applicant = new Applicant("Maria", "Lopez", new DateOnly(1988, 3, 14), new Address("200 N Spring St", null, "Los Angeles", "CA", "90012")),
        Sealing = new SealingRequest("7104418", new DateOnly(2024, 5, 2), ["LAPD"]),
        Terms = new WorkflowOptions().TermsFor(new DateOnly(2026, 11, 27)),
        OpenedBy = "intake-1",
        OpenedAt = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void A_sealed_case_shows_other_staff_its_number_stage_and_dates_and_nothing_personal()
    {
        var status = CaseRules.Initial(Petition) with
        {
            Stage = CaseStage.AwaitingDestruction, Sealed = true, DestructionDueOn = new DateOnly(2027, 5, 2),
            Documents = [new CaseDocument("doc-1", DocumentTypes.Petition, ReviewState.Pending, null)],
        };

        var json = JsonSerializer.Serialize(CaseViews.Sealed(Petition, status), CaseJson.Options);

        Assert.DoesNotContain("Lopez", json, StringComparison.Ordinal);
        Assert.DoesNotContain("1988-03-14", json, StringComparison.Ordinal);
        Assert.DoesNotContain("7104418", json, StringComparison.Ordinal);
        Assert.DoesNotContain("doc-1", json, StringComparison.Ordinal);
        Assert.Contains("\"caseNumber\":\"SL-2026-ABCDEF\"", json, StringComparison.Ordinal);
        Assert.Contains("\"destructionDueOn\":\"2027-05-02\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.Records, true)]
    [InlineData(StaffRoles.Supervisor, true)]
    [InlineData(StaffRoles.Intake, false)]
    [InlineData(StaffRoles.Cashier, false)]
    [InlineData(StaffRoles.Mailroom, false)]
    [InlineData(StaffRoles.Investigator, false)]
    [InlineData(StaffRoles.Auditor, false)]
    public void Only_records_staff_and_supervisors_see_the_personal_data_of_a_sealed_case(string role, bool sees)
    {
        var sealedCase = CaseRules.Initial(Petition) with { Sealed = true };

        Assert.Equal(sees, CaseRules.MaySeePersonalData(sealedCase, [role]));
        Assert.True(CaseRules.MaySeePersonalData(sealedCase with { Sealed = false }, [role]));
    }

    [Theory]
    [InlineData(StaffRoles.Intake, false)]
    [InlineData(StaffRoles.Records, true)]
    public void A_caller_reads_a_sealed_case_as_its_roles_allow_whichever_route_answers(string role, bool sees)
    {
        var sealedCase = CaseRules.Initial(Petition) with { Stage = CaseStage.AwaitingDestruction, Sealed = true };

        var json = JsonSerializer.Serialize(CaseViews.ForCaller(Petition, sealedCase, "ACCESS-CODE-1", [role]), CaseJson.Options);

        Assert.Equal(sees, json.Contains("Lopez", StringComparison.Ordinal));
        Assert.Equal(sees, json.Contains("7104418", StringComparison.Ordinal));
        Assert.DoesNotContain("ACCESS-CODE-1", json, StringComparison.Ordinal);
        Assert.Contains("\"sealed\":true", json, StringComparison.Ordinal);
    }
}
