using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class RecordFoundTests(CaseHost host) : IClassFixture<CaseHost>
{
    [Fact]
    public async Task A_found_record_goes_to_a_supervisor_whose_denial_is_mailed_and_closes_the_case_as_denied()
    {
        var c = await ReadyForSupervisorAsync();

        await c.RaiseAsync(EventTypes.SupervisorDecided,
            new SupervisorDecided(SupervisorDecision.Deny, "An arrest record that cannot be disclosed by letter"), actor: "supervisor-1");
        var mailing = await c.WaitForStageAsync(CaseStage.AwaitingMailing);
        var denial = mailing.Item(CorrespondenceKind.DenialLetter);
        Assert.Equal(CorrespondenceState.InOutbox, denial.State);
        Assert.DoesNotContain(mailing.Correspondence, i => i.Kind == CorrespondenceKind.ClearanceLetter);
        Assert.Equal(denial.ItemId, Assert.Single(host.Outbox.ItemsOf(c.Number)).ItemId);
        Assert.Contains("Reason: An arrest record that cannot be disclosed by letter", c.TextOf(denial.ItemId)!, StringComparison.Ordinal);

        await c.MailAsync(denial.ItemId);
        var closed = await c.WaitUntilFinishedAsync();

        Assert.Equal((CaseState.Closed, CaseOutcome.Denied), (closed.Status, closed.Outcome));
        Assert.Empty(host.Outbox.ItemsOf(c.Number));
        await c.AssertTimelineAsync(
            "RecordsChecked", "SupervisorDecided", "DenialLetterRendered", "PlacedInOutbox", "CorrespondenceMailed", "CaseClosed");
    }

    [Fact]
    public async Task A_found_record_the_supervisor_discloses_yields_a_letter_with_the_disclosure_awaiting_approval()
    {
        var c = await ReadyForSupervisorAsync();

        await c.RaiseAsync(EventTypes.SupervisorDecided,
            new SupervisorDecided(SupervisorDecision.IssueWithDisclosure, "Arrest 2009-04-02, released, no charges filed"), actor: "supervisor-1");
        var approval = await c.WaitForStageAsync(CaseStage.LetterApproval);

        var letter = approval.Item(CorrespondenceKind.ClearanceLetter);
        Assert.Equal(CorrespondenceState.AwaitingApproval, letter.State);
        Assert.NotNull(letter.VerificationCode);
        Assert.Empty(host.Outbox.ItemsOf(c.Number));
        var text = c.TextOf(letter.ItemId)!;
        Assert.Contains("Disclosure: Arrest 2009-04-02, released, no charges filed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no record of arrest was found", text, StringComparison.Ordinal);
    }

    private async Task<CaseUnderTest> ReadyForSupervisorAsync()
    {
        var c = await host.OpenAsync();
        await c.CompleteDocumentsAsync();
        await c.CollectPaymentAsync();
        await c.RecordsCheckedAsync(RecordsCheckResult.RecordFound);
        var deciding = await c.WaitForStageAsync(CaseStage.SupervisorDecision);
        Assert.Equal([EventTypes.SupervisorDecided], deciding.ExpectedEvents);
        Assert.Equal(WaitingOn.Staff, deciding.WaitingOn);
        return c;
    }
}
