using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Workflows;

public sealed class ExonerationTests(CaseHost host) : IClassFixture<CaseHost>
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task An_exonerable_person_gets_a_certificate_that_a_supervisor_approves_and_that_verifies_then_the_case_closes_exonerated()
    {
        var c = await host.OpenExonerationAsync();
        var opened = (await c.StatusAsync())!;
        Assert.Equal((CaseStage.IdentityVerification, WaitingOn.Staff), (opened.Stage, opened.WaitingOn));
        Assert.Equal([EventTypes.IdentityVerified], opened.ExpectedEvents);
        Assert.Null(opened.Payment);

        await c.InvestigatedAsync(InvestigationResult.Exonerable);
        var final = await c.WaitForStageAsync(CaseStage.FinalVerification);
        Assert.Equal([EventTypes.FinalVerificationCompleted], final.ExpectedEvents);
        await c.FinalVerificationAsync(verified: true);

        var approval = await c.WaitForStageAsync(CaseStage.LetterApproval);
        var certificate = approval.Item(CorrespondenceKind.ExonerationCertificate);
        Assert.Equal(CorrespondenceState.AwaitingApproval, certificate.State);
        Assert.Null(await host.Verifications.FindAsync(certificate.VerificationCode!, CancellationToken.None));
        var text = c.TextOf(certificate.ItemId)!;
        Assert.Contains("Maria Lopez", text, StringComparison.Ordinal);
        Assert.Contains("booking number 6012345", text, StringComparison.Ordinal);
        Assert.Contains("warrant number BA-778812", text, StringComparison.Ordinal);
        Assert.Contains("is not the person arrested", text, StringComparison.Ordinal);
        Assert.Contains(certificate.VerificationCode!, text, StringComparison.Ordinal);

        await c.RaiseAsync(EventTypes.LetterApproved, actor: "supervisor-1");
        await c.WaitUntilAsync("the certificate in the outbox", s => s.Item(CorrespondenceKind.ExonerationCertificate).State == CorrespondenceState.InOutbox);
        var verification = await host.Verifications.FindAsync(certificate.VerificationCode!, CancellationToken.None);
        Assert.Equal((ServiceKind.Exoneration, CorrespondenceKind.ExonerationCertificate, "Maria Lopez", false),
            (verification!.Service, verification.Kind, verification.HolderName, verification.Revoked));

        var closed = await c.MailAllAsync();
        Assert.Equal((CaseState.Closed, CaseOutcome.Exonerated), (closed.Status, closed.Outcome));
        await c.AssertTimelineAsync("CaseOpened", "IdentityVerified", "InvestigationCompleted", "FinalVerificationCompleted",
            "ExonerationCertificateRendered", "LetterApproved", "PlacedInOutbox", "CorrespondenceMailed", "CaseClosed");
    }

    [Fact]
    public async Task A_person_whose_fingerprints_match_the_arrest_is_not_exonerated_and_is_told_the_court_route()
    {
        var c = await host.OpenExonerationAsync();
        await c.RaiseAsync(EventTypes.IdentityVerified, new IdentityVerified(IdentityResult.Match), actor: "investigator-1");

        var notice = await c.ClosingNoticeAsync(CorrespondenceKind.ExonerationClosureNotice);
        Assert.Contains("identify you as the person arrested", notice, StringComparison.Ordinal);
        Assert.Contains("factual innocence", notice, StringComparison.Ordinal);
        var closed = await c.MailAllAsync();
        Assert.Equal(CaseOutcome.NotExonerated, closed.Outcome);
        Assert.Null(closed.Payment);
    }

    [Fact]
    public async Task A_claim_not_substantiated_closes_with_the_court_route_and_the_identity_theft_registry()
    {
        var c = await host.OpenExonerationAsync();
        await c.InvestigatedAsync(InvestigationResult.NotSubstantiated);

        var notice = await c.ClosingNoticeAsync(CorrespondenceKind.ExonerationClosureNotice);
        Assert.Contains("judicial finding of factual innocence", notice, StringComparison.Ordinal);
        Assert.Contains("Identity Theft Registry", notice, StringComparison.Ordinal);
        Assert.Equal(CaseOutcome.NotExonerated, (await c.MailAllAsync()).Outcome);
    }

    [Fact]
    public async Task Final_verification_that_does_not_confirm_the_finding_closes_without_a_certificate()
    {
        var c = await host.OpenExonerationAsync();
        await c.InvestigatedAsync(InvestigationResult.Exonerable);
        await c.WaitForStageAsync(CaseStage.FinalVerification);
        await c.FinalVerificationAsync(verified: false);

        Assert.Contains("did not confirm", await c.ClosingNoticeAsync(CorrespondenceKind.ExonerationClosureNotice), StringComparison.Ordinal);
        var closed = await c.MailAllAsync();
        Assert.Equal(CaseOutcome.NotExonerated, closed.Outcome);
        Assert.DoesNotContain(closed.Correspondence, i => i.Kind == CorrespondenceKind.ExonerationCertificate);
    }

    [Fact]
    public async Task A_return_visit_is_reminded_when_its_reminder_falls_due_and_the_recorded_visit_leads_to_final_verification()
    {
        var terms = Openings.Terms() with { ReturnVisitReminderBefore = TimeSpan.FromSeconds(2) };
        var c = await host.OpenExonerationAsync(terms);
        var visitAt = DateTimeOffset.UtcNow.AddSeconds(4);
        var waiting = await c.ToReturnVisitAsync(visitAt);
        Assert.Equal(WaitingOn.Appointment, waiting.WaitingOn);
        Assert.Equal(visitAt, waiting.ReturnVisitAt);
        Assert.Equal(visitAt + terms.ReturnVisitGrace, waiting.Deadline);
        Assert.Equal(2, waiting.ReschedulesLeft);
        Assert.Equal([EventTypes.ReturnVisitRecorded, EventTypes.ReturnVisitRescheduled], waiting.ExpectedEvents);

        var reminded = await c.WaitUntilAsync("the reminder in the outbox", s => s.Correspondence.Any(i => i.Kind == CorrespondenceKind.ReturnVisitReminder));
        var reminder = reminded.Item(CorrespondenceKind.ReturnVisitReminder);
        Assert.Equal(CaseStage.AwaitingReturnVisit, reminded.Stage);
        Assert.Contains("return visit", c.TextOf(reminder.ItemId)!, StringComparison.Ordinal);
        var rendered = (await c.WaitForTimelineAsync("the reminder rendered", t => t.Any(e => e.What == "ReturnVisitReminderRendered")))
            .Single(e => e.What == "ReturnVisitReminderRendered");
        Assert.True(rendered.At >= visitAt - terms.ReturnVisitReminderBefore, $"The reminder was sent at {rendered.At:O}, before it was due.");

        await c.MailAsync(reminder.ItemId);
        await c.RaiseAsync(EventTypes.ReturnVisitRecorded, actor: "investigator-1");
        var final = await c.WaitForStageAsync(CaseStage.FinalVerification);
        Assert.Null(final.ReturnVisitAt);
        await c.AssertTimelineAsync("InvestigationCompleted", "ReturnVisitReminderRendered", "CorrespondenceMailed", "ReturnVisitRecorded");
    }

    [Fact]
    public async Task A_missed_visit_is_recorded_as_a_no_show_and_a_reschedule_sets_a_new_visit_with_its_own_reminder()
    {
        var terms = Openings.Terms() with { ReturnVisitGrace = Second };
        var c = await host.OpenExonerationAsync(terms);
        await c.ToReturnVisitAsync(DateTimeOffset.UtcNow.AddSeconds(1));

        var missed = await c.WaitUntilAsync("the visit missed", s => s.ReturnVisitMissed);
        Assert.Equal((CaseStage.AwaitingReturnVisit, WaitingOn.Appointment), (missed.Stage, missed.WaitingOn));
        Assert.Contains(EventTypes.ReturnVisitRescheduled, missed.ExpectedEvents);
        await c.AssertTimelineAsync("ReturnVisitReminderRendered", "ReturnVisitMissed");

        var newVisit = DateTimeOffset.UtcNow.AddSeconds(30); // closer than the reminder lead of a minute: reminded at once
        await c.RaiseAsync(EventTypes.ReturnVisitRescheduled, new ReturnVisitRescheduled(newVisit), actor: "investigator-1");
        var rescheduled = await c.WaitUntilAsync("the new visit and its reminder",
            s => s.ReturnVisitAt == newVisit && s.Correspondence.Count(i => i.Kind == CorrespondenceKind.ReturnVisitReminder) == 2);
        Assert.False(rescheduled.ReturnVisitMissed);
        Assert.Equal(1, rescheduled.ReschedulesLeft);

        await c.RaiseAsync(EventTypes.ReturnVisitRecorded, actor: "investigator-1");
        await c.WaitForStageAsync(CaseStage.FinalVerification);
        await c.AssertTimelineAsync("ReturnVisitMissed", "ReturnVisitRescheduled", "ReturnVisitReminderRendered", "ReturnVisitRecorded");
    }

    [Fact]
    public async Task A_no_show_not_rescheduled_by_the_no_show_deadline_closes_as_a_no_show_with_a_notice()
    {
        var c = await host.OpenExonerationAsync(Openings.Terms() with { ReturnVisitGrace = Second, NoShowDeadline = Second });
        await c.ToReturnVisitAsync(DateTimeOffset.UtcNow.AddSeconds(1));

        Assert.Contains("did not come to your return visit", await c.ClosingNoticeAsync(CorrespondenceKind.ExonerationClosureNotice), StringComparison.Ordinal);
        Assert.Equal(CaseOutcome.NoShow, (await c.MailAllAsync()).Outcome);
        await c.AssertTimelineAsync("ReturnVisitMissed", "ExonerationClosureNoticeRendered", "CaseClosed");
    }

    [Fact]
    public async Task Once_the_reschedules_are_used_up_another_is_not_taken_and_a_missed_visit_waits_for_a_late_walk_in_until_the_no_show_deadline()
    {
        var terms = Openings.Terms() with { MaxReturnVisitReschedules = 1, ReturnVisitGrace = Second, NoShowDeadline = Second };
        var c = await host.OpenExonerationAsync(terms);
        await c.ToReturnVisitAsync(DateTimeOffset.UtcNow.AddMinutes(5));
        var visitAt = DateTimeOffset.UtcNow.AddSeconds(2);
        await c.RaiseAsync(EventTypes.ReturnVisitRescheduled, new ReturnVisitRescheduled(visitAt), actor: "investigator-1");
        var last = await c.WaitUntilAsync("no reschedule left", s => s.ReschedulesLeft == 0);
        Assert.DoesNotContain(EventTypes.ReturnVisitRescheduled, last.ExpectedEvents);

        // One slipping through a race is recorded and changes nothing.
        await c.RaiseAsync(EventTypes.ReturnVisitRescheduled, new ReturnVisitRescheduled(DateTimeOffset.UtcNow.AddDays(1)), actor: "investigator-1");
        await c.WaitForTimelineAsync("the extra reschedule ignored", t => t.Any(e => e.What == "EventIgnored"));

        var notice = await c.ClosingNoticeAsync(CorrespondenceKind.ExonerationClosureNotice);
        Assert.Contains("did not come to your return visit", notice, StringComparison.Ordinal);
        Assert.Equal(CaseOutcome.NoShow, (await c.MailAllAsync()).Outcome);
        await c.AssertTimelineAsync("ReturnVisitRescheduled", "ReturnVisitMissed", "ExonerationClosureNoticeRendered", "CaseClosed");
    }

    [Fact]
    public async Task A_person_who_walks_in_late_after_the_last_reschedule_is_still_seen_and_the_case_goes_on_to_final_verification()
    {
        var terms = Openings.Terms() with { MaxReturnVisitReschedules = 0, ReturnVisitGrace = Second };
        var c = await host.OpenExonerationAsync(terms);
        await c.ToReturnVisitAsync(DateTimeOffset.UtcNow.AddSeconds(1));

        var missed = await c.WaitUntilAsync("the visit missed", s => s.ReturnVisitMissed);
        Assert.Equal([EventTypes.ReturnVisitRecorded], missed.ExpectedEvents.Where(e => e != EventTypes.CorrespondenceMailed));
        await c.RaiseAsync(EventTypes.ReturnVisitRecorded, actor: "investigator-1");
        var final = await c.WaitForStageAsync(CaseStage.FinalVerification);
        Assert.False(final.ReturnVisitMissed);
        await c.AssertTimelineAsync("ReturnVisitMissed", "ReturnVisitRecorded");
    }

    [Fact]
    public async Task A_rescheduled_visit_takes_the_old_reminder_back_out_of_the_outbox_so_nobody_mails_a_time_that_no_longer_holds()
    {
        var c = await host.OpenExonerationAsync();
        var first = DateTimeOffset.UtcNow.AddSeconds(30); // closer than the reminder lead of a minute: reminded at once
        await c.ToReturnVisitAsync(first);
        var reminded = await c.WaitUntilAsync("the first reminder in the outbox",
            s => s.Correspondence.Any(i => i.Kind == CorrespondenceKind.ReturnVisitReminder && i.State == CorrespondenceState.InOutbox));
        var old = reminded.Item(CorrespondenceKind.ReturnVisitReminder);

        var moved = DateTimeOffset.UtcNow.AddSeconds(40);
        await c.RaiseAsync(EventTypes.ReturnVisitRescheduled, new ReturnVisitRescheduled(moved), actor: "investigator-1");
        var after = await c.WaitUntilAsync("the old reminder withdrawn and a new one in the outbox", s =>
            s.Correspondence.Any(i => i.ItemId == old.ItemId && i.State == CorrespondenceState.Withdrawn)
            && s.Correspondence.Any(i => i.Kind == CorrespondenceKind.ReturnVisitReminder && i.State == CorrespondenceState.InOutbox));
        var outbox = await host.Outbox.ListAsync(CancellationToken.None);
        Assert.DoesNotContain(outbox, i => i.ItemId == old.ItemId);
        var fresh = after.Correspondence.Single(i => i.Kind == CorrespondenceKind.ReturnVisitReminder && i.State == CorrespondenceState.InOutbox);
        Assert.Contains(outbox, i => i.ItemId == fresh.ItemId);
        await c.AssertTimelineAsync("ReturnVisitReminderRendered", "CorrespondenceWithdrawn", "ReturnVisitRescheduled", "ReturnVisitReminderRendered");

        // The person comes: the reminder still in the outbox is moot, and the case does not wait for it to be mailed.
        await c.RaiseAsync(EventTypes.ReturnVisitRecorded, actor: "investigator-1");
        var final = await c.WaitForStageAsync(CaseStage.FinalVerification);
        Assert.DoesNotContain(final.Correspondence, i => i.State == CorrespondenceState.InOutbox);
    }

    [Fact]
    public async Task A_first_appointment_nobody_comes_to_closes_as_a_no_show_at_the_no_show_deadline_with_a_notice()
    {
        var c = await host.OpenExonerationAsync(Openings.Terms() with { NoShowDeadline = Second }, appointmentAt: DateTimeOffset.UtcNow.AddSeconds(1));

        var notice = await c.ClosingNoticeAsync(CorrespondenceKind.ExonerationClosureNotice);
        Assert.Contains("No one came to your appointment", notice, StringComparison.Ordinal);
        Assert.Equal(CaseOutcome.NoShow, (await c.MailAllAsync()).Outcome);
        await c.AssertTimelineAsync("CaseOpened", "AppointmentMissed", "ExonerationClosureNoticeRendered", "CaseClosed");
    }

    [Fact]
    public async Task The_certificate_that_goes_out_is_dated_the_day_it_was_approved_and_signed_with_the_approvers_name_and_title()
    {
        var c = await host.OpenExonerationAsync();
        await c.InvestigatedAsync(InvestigationResult.Exonerable);
        await c.WaitForStageAsync(CaseStage.FinalVerification);
        await c.FinalVerificationAsync(verified: true);
        var certificate = (await c.WaitForStageAsync(CaseStage.LetterApproval)).Item(CorrespondenceKind.ExonerationCertificate);
        Assert.DoesNotContain("Approved by", c.TextOf(certificate.ItemId)!, StringComparison.Ordinal);

        await c.RaiseAsync(EventTypes.LetterApproved, actor: "supervisor-1",
            signatory: new Signatory("Sgt. Dana Whitfield", "Supervisor, Records and Identification Division"));
        await c.WaitUntilAsync("the certificate in the outbox", s => s.Item(CorrespondenceKind.ExonerationCertificate).State == CorrespondenceState.InOutbox);
        var signed = c.TextOf(certificate.ItemId)!;
        Assert.Contains("Approved by Sgt. Dana Whitfield, Supervisor, Records and Identification Division", signed, StringComparison.Ordinal);
        Assert.Contains($"Dated {DateTime.UtcNow:yyyy-MM-dd}", signed, StringComparison.Ordinal);
        Assert.Contains(certificate.VerificationCode!, signed, StringComparison.Ordinal);
    }
}
