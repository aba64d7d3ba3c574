using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using Microsoft.DurableTask;

namespace ClearanceWorkflow.Core.Workflows;

/// <summary>
/// A certificate to exonerate an arrest, as investigators work it: identity verified at the appointment, the investigation,
/// when needed a return visit days later (with a reminder, reschedules and a no-show), final verification, and the
/// certificate approved by a supervisor and handed over or mailed. Version 1: kept unchanged until its last case has closed.
/// </summary>
[DurableTask(Name)]
public sealed class ExonerationOrchestrator : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ExonerationOrchestrator);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new ExonerationProcedure(new CaseFlow(context, input)).RunAsync();
}

/// <summary>Version 2 of the exoneration: the same procedure, the certificate's verification code minted with the service's key.</summary>
[DurableTask(Name)]
public sealed class ExonerationOrchestratorV2 : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ExonerationOrchestratorV2);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new ExonerationProcedure(new CaseFlow(context, input) { MintsVerificationCodes = true }).RunAsync();
}

/// <summary>
/// Version 3 of the exoneration: a first appointment nobody comes to closes as a no-show at the no-show deadline; a reminder
/// of a visit that was moved, held or missed is withdrawn from the outbox, and none goes out for a visit already past; a
/// missed visit waits for a late walk-in until the no-show deadline even with no reschedules left; the certificate is
/// rendered again at approval, signed by the supervisor; each wait sets one durable timer.
/// </summary>
[DurableTask(Name)]
public sealed class ExonerationOrchestratorV3 : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ExonerationOrchestratorV3);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new ExonerationProcedure(new CaseFlow(context, input) { MintsVerificationCodes = true, SignsAtApproval = true, OneTimerPerWait = true })
        {
            Revised = true,
        }.RunAsync();
}

/// <summary>
/// Version 4 of the exoneration: the same procedure as version 3, with one durable timer for the whole case instead of one
/// per wait (<see cref="CaseFlow.OneTimerPerCase"/>), so a closed case leaves at most one timer waiting in the control queue.
/// </summary>
[DurableTask(Name)]
public sealed class ExonerationOrchestratorV4 : TaskOrchestrator<CaseOpening, CaseStatus>
{
    /// <summary>The orchestration name.</summary>
    public const string Name = nameof(ExonerationOrchestratorV4);

    /// <inheritdoc />
    public override Task<CaseStatus> RunAsync(TaskOrchestrationContext context, CaseOpening input) =>
        new ExonerationProcedure(new CaseFlow(context, input)
        {
            MintsVerificationCodes = true, SignsAtApproval = true, OneTimerPerWait = true, OneTimerPerCase = true,
        })
        {
            Revised = true,
        }.RunAsync();
}

/// <summary>The procedure of one exoneration case.</summary>
internal sealed class ExonerationProcedure(CaseFlow flow)
{
    /// <summary>The rules of version 3 (see <see cref="ExonerationOrchestratorV3"/>); false keeps earlier versions' calls unchanged.</summary>
    public bool Revised { get; init; }

    private CaseTerms Terms => flow.Opening.Terms;

    private ExonerationRequest Request => flow.Opening.Exoneration
        ?? throw new InvalidOperationException("An exoneration needs its booking or warrant number and appointment.");

    public async Task<CaseStatus> RunAsync()
    {
        flow.Record("CaseOpened", flow.Opening.OpenedBy, $"Appointment {Request.AppointmentAt:yyyy-MM-dd HH:mm} UTC");
        if (await VerifyIdentityAsync() && await InvestigateAsync() && await VerifyFinallyAsync())
        {
            await flow.IssueForApprovalAsync(CorrespondenceKind.ExonerationCertificate, "Certificate to exonerate an arrest",
                ExonerationTexts.Certificate(flow.Opening), ServiceKind.Exoneration, CaseOutcome.Exonerated, "Certificate handed over");
        }
        return flow.Status;
    }

    /// <summary>Fingerprints and photo compared at the appointment; false when they match and the case closed.</summary>
    private async Task<bool> VerifyIdentityAsync()
    {
        var appointmentAt = Request.AppointmentAt ?? flow.Now;
        var verified = await flow.WaitForStaffAsync(CaseStage.IdentityVerification, WaitingOn.Staff,
            appointmentAt, Revised ? appointmentAt + Terms.NoShowDeadline : null, EventTypes.IdentityVerified);
        if (verified is null)
        {
            flow.Record("AppointmentMissed", CaseFlow.System, "Nobody came to the appointment by the no-show deadline");
            await CloseWithNoticeAsync(ExonerationTexts.AppointmentMissed(appointmentAt, Terms.TimeZone), CaseOutcome.NoShow,
                "No one came to the appointment by the no-show deadline");
            return false;
        }
        var result = verified.BodyAs<IdentityVerified>().Result;
        flow.Record("IdentityVerified", verified.Actor, $"{result}", verified);
        if (result == IdentityResult.NoMatch)
        {
            return true;
        }
        await CloseWithNoticeAsync(ExonerationTexts.IdentityMatched(), CaseOutcome.NotExonerated, "The person is the one arrested");
        return false;
    }

    /// <summary>The investigation; false when it was not substantiated, or the person never came back.</summary>
    private async Task<bool> InvestigateAsync()
    {
        var completed = await flow.WaitForStaffAsync(CaseStage.Investigation, WaitingOn.Staff, EventTypes.InvestigationCompleted);
        var body = completed.BodyAs<InvestigationCompleted>();
        flow.Update(s => s with { DecidedBy = [completed.Actor] });
        flow.Record("InvestigationCompleted", completed.Actor, $"{body.Result}", completed);
        switch (body.Result)
        {
            case InvestigationResult.Exonerable:
                return true;
            case InvestigationResult.NeedsReturnVisit:
                return await AwaitReturnVisitAsync(body.ReturnVisitAt ?? flow.Now);
            default:
                await CloseWithNoticeAsync(ExonerationTexts.NotSubstantiated(), CaseOutcome.NotExonerated, "Not substantiated");
                return false;
        }
    }

    /// <summary>
    /// The multi-day wait. A reminder goes out before the visit; staff record the visit or reschedule it; with no visit by the
    /// end of the grace period the case records a no-show and waits for a reschedule until the no-show deadline. False when
    /// the case closed as a no-show.
    /// </summary>
    private async Task<bool> AwaitReturnVisitAsync(DateTimeOffset visitAt)
    {
        var reschedulesLeft = Terms.MaxReturnVisitReschedules;
        DateTimeOffset? remindedFor = null;
        while (true)
        {
            var graceEnds = visitAt + Terms.ReturnVisitGrace;
            var remindAt = visitAt - Terms.ReturnVisitReminderBefore;
            flow.Update(s => s with { ReturnVisitAt = visitAt, ReschedulesLeft = reschedulesLeft, ReturnVisitMissed = false });
            if (Revised && remindedFor != visitAt && remindAt <= flow.Now && visitAt <= flow.Now)
            {
                // Back after an outage longer than the lead time: the visit is past, so a reminder would only mislead.
                remindedFor = visitAt;
                flow.Record("ReminderSkipped", CaseFlow.System, "The visit had already begun when the reminder fell due");
            }
            if (remindedFor != visitAt && remindAt <= flow.Now)
            {
                // Sent when its timer fires, even late (after an outage), and at once for a visit closer than the lead time.
                await flow.IssueCorrespondenceAsync(CorrespondenceKind.ReturnVisitReminder, "Your return visit",
                    ExonerationTexts.Reminder(visitAt, Terms.TimeZone), null, awaitsApproval: false);
                remindedFor = visitAt;
            }
            var received = await flow.WaitAsync(CaseStage.AwaitingReturnVisit, WaitingOn.Appointment, VisitEvents(reschedulesLeft),
                Deadline.HardAt(remindedFor == visitAt ? graceEnds : remindAt), shownDeadline: graceEnds);
            if (received is null && remindedFor != visitAt)
            {
                continue;
            }
            if (received is null)
            {
                flow.Record("ReturnVisitMissed", CaseFlow.System, "No visit by the end of the grace period");
                flow.Update(s => s with { ReturnVisitMissed = true });
                await WithdrawRemindersAsync("the visit was missed");
                received = reschedulesLeft > 0 || Revised
                    ? await flow.WaitAsync(CaseStage.AwaitingReturnVisit, WaitingOn.Appointment, VisitEvents(reschedulesLeft),
                        Deadline.Hard(Terms.NoShowDeadline))
                    : null;
                if (received is null)
                {
                    await CloseWithNoticeAsync(ExonerationTexts.NoShow(visitAt, Terms.TimeZone), CaseOutcome.NoShow,
                        "No return visit, and no reschedule by the no-show deadline");
                    return false;
                }
            }
            if (received.Type == EventTypes.ReturnVisitRecorded)
            {
                await WithdrawRemindersAsync("the person came back");
                flow.Update(s => s with { ReturnVisitAt = null, ReschedulesLeft = null, ReturnVisitMissed = false });
                flow.Record("ReturnVisitRecorded", received.Actor, "The person came back", received);
                return true;
            }
            visitAt = received.BodyAs<ReturnVisitRescheduled>().ReturnVisitAt ?? visitAt;
            await WithdrawRemindersAsync("the visit was moved");
            reschedulesLeft--;
            flow.Record("ReturnVisitRescheduled", received.Actor, $"{reschedulesLeft} reschedule(s) left", received);
        }
    }

    /// <summary>Final verification and documentation; false when it did not confirm the finding and the case closed.</summary>
    private async Task<bool> VerifyFinallyAsync()
    {
        var done = await flow.WaitForStaffAsync(CaseStage.FinalVerification, WaitingOn.Staff, EventTypes.FinalVerificationCompleted);
        var verified = done.BodyAs<FinalVerificationCompleted>().Verified == true;
        flow.Update(s => s with { DecidedBy = [.. s.DecidedBy.Append(done.Actor).Distinct(StringComparer.Ordinal)] });
        flow.Record("FinalVerificationCompleted", done.Actor, verified ? "Verified" : "Not verified", done);
        if (verified)
        {
            return true;
        }
        await CloseWithNoticeAsync(ExonerationTexts.NotVerified(), CaseOutcome.NotExonerated, "Final verification did not confirm the finding");
        return false;
    }

    private async Task CloseWithNoticeAsync(IReadOnlyList<string> paragraphs, CaseOutcome outcome, string why)
    {
        await flow.IssueCorrespondenceAsync(CorrespondenceKind.ExonerationClosureNotice,
            "Your request for a certificate to exonerate an arrest", paragraphs, null, awaitsApproval: false);
        await flow.MailAllAndCloseAsync(outcome, why);
    }

    /// <summary>Version 3: reminders of the visit not yet mailed leave the outbox, so nobody mails a time that no longer holds.</summary>
    private async Task WithdrawRemindersAsync(string why)
    {
        if (!Revised)
        {
            return;
        }
        foreach (var reminder in flow.Status.Correspondence
            .Where(c => c.Kind == CorrespondenceKind.ReturnVisitReminder && c.State == CorrespondenceState.InOutbox).ToList())
        {
            await flow.WithdrawAsync(reminder, why);
        }
    }

    private static string[] VisitEvents(int reschedulesLeft) => reschedulesLeft > 0
        ? [EventTypes.ReturnVisitRecorded, EventTypes.ReturnVisitRescheduled]
        : [EventTypes.ReturnVisitRecorded];
}
