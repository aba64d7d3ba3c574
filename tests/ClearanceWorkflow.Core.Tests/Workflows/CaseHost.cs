using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Tests.Doubles;
using ClearanceWorkflow.Core.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Core.Tests.Workflows;

/// <summary>
/// The real Durable Task engine in process, running every case task against in-memory ports. One host serves all the
/// tests of a class; each test opens its own case, so they never see each other's data.
/// </summary>
public sealed class CaseHost : IAsyncLifetime
{
    private DurableTaskTestHost? host;

    public InMemoryCaseTimeline Timeline { get; } = new();
    public InMemoryCaseIndex Index { get; } = new();
    public InMemoryCorrespondenceStore Correspondence { get; } = new();
    public InMemoryOutbox Outbox { get; } = new();
    public InMemoryVerificationRegistry Verifications { get; } = new();
    public InMemoryCaseRecordsDestroyer Destroyer { get; } = new();

    /// <summary>The verification-code key of these tests.</summary>
    public VerificationCodes Codes { get; } = new("core-tests-verification-secret");

    public DurableTaskClient Client => host?.Client ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() =>
        host = await DurableTaskTestHost.StartAsync(registry => registry.AddCaseTasks(), new DurableTaskTestHostOptions
        {
            ConfigureServices = services =>
            {
                services.AddSingleton<ICaseTimeline>(Timeline);
                services.AddSingleton<ICaseIndex>(Index);
                services.AddSingleton<ICorrespondenceRenderer>(new PlainTextRenderer());
                services.AddSingleton<ICorrespondenceStore>(Correspondence);
                services.AddSingleton<IOutbox>(Outbox);
                services.AddSingleton<IVerificationRegistry>(Verifications);
                services.AddSingleton<ICaseRecordsDestroyer>(Destroyer);
                services.AddSingleton(Codes);
            },
        });

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>Opens a clearance-letter case as intake would, and waits until it waits for scans.</summary>
    /// <param name="terms">The terms captured at opening.</param>
    /// <param name="paymentEnclosed">Whether the envelope holds the fee.</param>
    /// <param name="payment">The instrument in the envelope, when not the usual money order.</param>
    /// <param name="orchestrator">An older version of the procedure to run, instead of the one new cases run.</param>
    public async Task<CaseUnderTest> OpenAsync(
        CaseTerms? terms = null, bool paymentEnclosed = true, PaymentInstrument? payment = null, string? orchestrator = null)
    {
        var opening = Openings.ClearanceLetter(CaseNumber.New(ServiceKind.ClearanceLetter, 2026), terms ?? Openings.Terms(), paymentEnclosed, payment);
        await Client.ScheduleNewOrchestrationInstanceAsync(
            orchestrator ?? CaseTasks.OrchestratorFor(ServiceKind.ClearanceLetter), opening, new StartOrchestrationOptions(opening.CaseNumber));
        var opened = new CaseUnderTest(this, opening);
        await opened.WaitForStageAsync(CaseStage.AwaitingScans);
        return opened;
    }

    /// <summary>Opens a sealing petition received on <paramref name="receivedOn"/> for an arrest on <paramref name="arrestDate"/>.</summary>
    public async Task<CaseUnderTest> OpenSealingAsync(
        DateOnly arrestDate, DateOnly receivedOn, DateOnly? limitationsLapsedOn = null, CaseTerms? terms = null, string? orchestrator = null)
    {
        var opening = Openings.Sealing(
            CaseNumber.New(ServiceKind.ArrestRecordSealing, 2026), terms ?? Openings.Terms(), arrestDate, receivedOn, limitationsLapsedOn);
        await Client.ScheduleNewOrchestrationInstanceAsync(
            orchestrator ?? CaseTasks.OrchestratorFor(ServiceKind.ArrestRecordSealing), opening, new StartOrchestrationOptions(opening.CaseNumber));
        return new CaseUnderTest(this, opening);
    }

    /// <summary>Opens an exoneration as intake would at the appointment, and waits until it waits for identity verification.</summary>
    public async Task<CaseUnderTest> OpenExonerationAsync(CaseTerms? terms = null, DateTimeOffset? appointmentAt = null)
    {
        var opening = Openings.Exoneration(CaseNumber.New(ServiceKind.Exoneration, 2026), terms ?? Openings.Terms());
        if (appointmentAt is { } at)
        {
            opening = opening with { Exoneration = opening.Exoneration! with { AppointmentAt = at } };
        }
        await Client.ScheduleNewOrchestrationInstanceAsync(CaseTasks.OrchestratorFor(ServiceKind.Exoneration), opening, new StartOrchestrationOptions(opening.CaseNumber));
        var opened = new CaseUnderTest(this, opening);
        await opened.WaitForStageAsync(CaseStage.IdentityVerification);
        return opened;
    }
}
