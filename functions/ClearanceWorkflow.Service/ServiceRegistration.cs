using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Configuration;
using ClearanceWorkflow.Service.Documents;
using ClearanceWorkflow.Service.Health;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Identity;
using ClearanceWorkflow.Service.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClearanceWorkflow.Service;

/// <summary>The wiring both hosts share; a host adds only its identity resolver and its durable plumbing.</summary>
public static class ServiceRegistration
{
    /// <summary>Registers adapters, handlers and settings.</summary>
    public static IServiceCollection AddClearanceWorkflowService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.Section));
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => StorageConnection.FromConfiguration(configuration));
        services.AddSingleton<StorageCircuit>();
        services.AddSingleton<ICaseTimeline, TableCaseTimeline>();
        services.AddSingleton<TableCaseIndex>();
        services.AddSingleton<ICaseIndex>(sp => sp.GetRequiredService<TableCaseIndex>());
        services.AddSingleton<IOutbox, TableOutbox>();
        services.AddSingleton<IVerificationRegistry, TableVerificationRegistry>();
        services.AddSingleton<ICorrespondenceStore, BlobCorrespondenceStore>();
        services.AddOptions<PublicSiteOptions>().Bind(configuration.GetSection(PublicSiteOptions.Section));
        services.AddSingleton<ICorrespondenceRenderer>(sp => new PdfCorrespondenceRenderer(sp.GetRequiredService<IOptions<PublicSiteOptions>>().Value.VerificationAddress));
        services.AddSingleton<IdempotencyKeys>();
        services.AddSingleton<CaseHistoryPurges>();
        services.AddSingleton<TriggerPoisonQueue>();
        services.AddSingleton<CaseRecordPointers>();
        services.AddSingleton<ClosedCaseArchive>();
        services.AddSingleton<CaseReader>();
        // A host whose backend reports its commits registers its own (the self-hosted server).
        services.TryAddSingleton(new CaseChanges(reportsCommits: false));
        services.AddSingleton<Audit.AuditLog>();
        services.AddSingleton<Audit.AuditHandler>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<ICaseRecordsDestroyer, CaseRecordsDestroyer>();
        services.AddSingleton<AccessCodes>();
        // Verification codes are keyed by the same secret, under a key derived for them alone.
        services.AddSingleton(sp => new VerificationCodes(sp.GetRequiredService<IOptions<SecurityOptions>>().Value.AccessCodeSecret));
        services.AddSingleton(new ReferralDirectory(configuration.GetSection(ReferralOptions.Section).Get<ReferralOptions>()?.DirectoryFile));
        services.AddSingleton<ScanIngestor>();
        services.AddSingleton<PoisonScans>();
        services.AddSingleton<PublicRateLimiter>();
        services.AddSingleton<Authorization>();
        services.AddSingleton<OpenCaseHandler>();
        services.AddSingleton<LetterRevocation>();
        services.AddSingleton<CaseEventHandler>();
        services.AddSingleton(new SignatoryDirectory(configuration));
        services.AddSingleton<CaseQueryHandlers>();
        services.AddSingleton<WhoAmIHandler>();
        services.AddSingleton<OutboxHandler>();
        services.AddSingleton<WorkQueueHandler>();
        services.AddSingleton<PublicHandlers>();
        services.AddClearanceHealthChecks();
        services.AddSingleton<HealthHandler>();
        return services;
    }
}
