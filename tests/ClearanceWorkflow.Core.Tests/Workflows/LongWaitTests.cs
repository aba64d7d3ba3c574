using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Workflows;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>
/// Sealed records wait years for destruction. The wait is taken in rounds and the case continues as new after each, so its
/// history starts again small; the case, as staff and the applicant see it, is the same throughout.
/// </summary>
public sealed class LongWaitTests(CaseHost host) : IClassFixture<CaseHost>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Sealed_records_wait_for_destruction_in_rounds_each_a_new_execution_carrying_the_case_unchanged()
    {
        var arrested = Today.AddYears(-1);
        var c = await host.OpenSealingAsync(arrested, Today, terms: Openings.Terms() with { LongWaitRound = TimeSpan.FromSeconds(1) });
        var sealedCase = await SealAndMailAsync(c);

        var carried = await Eventually.UntilAsync("three rounds of the wait", () => c.InputAsync(), o => o?.CarryOver?.Execution >= 3, o => $"{o?.CarryOver}");
        Assert.Equal("Destruction", carried!.CarryOver!.ResumeAt);

        var waiting = await c.WaitUntilAsync("the wait for destruction", s => s.Stage == CaseStage.AwaitingDestruction);
        Assert.Equal((WaitingOn.Timer, arrested.AddYears(3)), (waiting.WaitingOn, waiting.DestructionDueOn));
        Assert.Equal(UnitCalendar.StartOfDay(arrested.AddYears(3), c.Opening.Terms.TimeZone), waiting.Deadline);
        Assert.Empty(waiting.ExpectedEvents);
        Assert.Equal(sealedCase.Correspondence, waiting.Correspondence);
        Assert.Equal(sealedCase.Documents, waiting.Documents);
        Assert.True(waiting.Sealed);
        // The timeline goes on from where it was: no entry is written twice, none is lost.
        var timeline = await c.TimelineAsync();
        Assert.Equal(timeline.Count, timeline.Select(e => e.Sequence).Distinct().Count());
        Assert.Equal("RecordsSealed", timeline.Single(e => e.What == "RecordsSealed").What);
    }

    [Fact]
    public async Task Version_1_of_the_sealing_still_takes_a_case_through_to_destruction_in_one_execution()
    {
        var c = await host.OpenSealingAsync(Today.AddYears(-4), Today, orchestrator: SealingOrchestrator.Name);
        await SealAndMailAsync(c);
        await c.WaitUntilAsync("the destruction due", s => s.Stage == CaseStage.AwaitingDestruction && s.WaitingOn == WaitingOn.Staff);
        Assert.Null((await c.InputAsync())!.CarryOver);

        await c.RaiseAsync(EventTypes.RecordsDestroyed, actor: "records-1");
        var destroyed = await c.WaitUntilFinishedAsync();
        Assert.Equal(CaseOutcome.Destroyed, destroyed.Outcome);
    }

    private static async Task<CaseStatus> SealAndMailAsync(CaseUnderTest c)
    {
        await c.ToDecisionAsync(SealingRecommendation.Grant);
        await c.WaitForStageAsync(CaseStage.ProsecutorConcurrence);
        await c.RaiseAsync(EventTypes.ProsecutorResponded, new ProsecutorResponded(true, null), actor: "supervisor-1");
        await c.WaitUntilAsync("the letters in the outbox", s => s.Correspondence.Count == 3);
        return await c.MailAllAsync(waitUntilFinished: false);
    }
}
