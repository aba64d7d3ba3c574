using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>
/// A clearance letter keeps one durable timer for the whole case, set at most <see cref="CaseTerms.TimerRound"/> ahead: a
/// deadline further off is reached in rounds, and staff and applicants see it kept exactly as before. (That a closed case
/// leaves one timer in the backend's control queues is shown end to end, on the storage backend.)
/// </summary>
public sealed class CaseTimerTests(CaseHost host) : IClassFixture<CaseHost>
{
    [Fact]
    public async Task A_deadline_further_off_than_the_timer_round_is_reached_in_rounds_and_is_missed_no_sooner()
    {
        var terms = Openings.Terms(targets: new Dictionary<CaseStage, TimeSpan> { [CaseStage.AwaitingScans] = TimeSpan.FromSeconds(4) })
            with { TimerRound = TimeSpan.FromSeconds(1) };
        var c = await host.OpenAsync(terms);
        var waiting = (await c.StatusAsync())!;

        var overdue = await c.WaitUntilAsync("the case to be flagged overdue", s => s.Overdue);
        var missed = (await c.WaitForTimelineAsync("the missed target", t => t.Any(e => e.What == "ServiceTargetMissed")))
            .Single(e => e.What == "ServiceTargetMissed");

        // The rounds before the target only set the next timer; the target's own flags the case.
        Assert.True(missed.At >= waiting.Deadline, $"flagged at {missed.At:O}, due {waiting.Deadline:O}");
        Assert.Equal(CaseStage.AwaitingScans, overdue.Stage);
        Assert.Equal([EventTypes.ScanningCompleted], overdue.ExpectedEvents);
        Assert.Single(await c.TimelineAsync(), e => e.What == "ServiceTargetMissed");

        // A round's wake-up took nothing meant for the case: the next events are taken as ever.
        var review = await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport));
        Assert.Equal(CaseStage.DocumentReview, review.Stage);
    }

    [Fact]
    public async Task An_applicant_deadline_further_off_than_the_round_ends_the_wait_at_the_deadline_and_not_at_a_round()
    {
        var terms = Openings.Terms(applicantDeadline: TimeSpan.FromSeconds(3)) with { TimerRound = TimeSpan.FromSeconds(1) };
        var c = await host.OpenAsync(terms);
        await c.SubmitDocumentsAsync(("doc-passport", DocumentTypes.Passport), ("doc-licence", DocumentTypes.DriverLicense));
        await c.ReviewAsync([ClerkSteps.Reject("doc-passport", "expired"), ClerkSteps.Accept("doc-licence")]);
        var asked = await c.WaitForStageAsync(CaseStage.AwaitingApplicant);
        await c.MailAsync(asked.Item(CorrespondenceKind.DeficiencyNotice).ItemId);

        var mailing = await c.WaitForStageAsync(CaseStage.AwaitingMailing);
        await c.MailAsync(mailing.Item(CorrespondenceKind.ReturnedPaymentNotice).ItemId);
        var closed = await c.WaitUntilFinishedAsync();

        Assert.Equal(CaseOutcome.Abandoned, closed.Outcome);
        var passed = (await c.TimelineAsync()).Single(e => e.What == "ApplicantDeadlinePassed");
        Assert.True(passed.At >= asked.Deadline, $"passed at {passed.At:O}, due {asked.Deadline:O}");
    }
}
