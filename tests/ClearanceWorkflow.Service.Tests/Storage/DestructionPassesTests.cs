using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Configuration;
using ClearanceWorkflow.Service.Documents;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Storage;
using ClearanceWorkflow.TestSupport;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClearanceWorkflow.Service.Tests.Storage;

/// <summary>
/// The passes that move finished cases out of the durable backend, on Azurite and the engine in process, driven in the
/// orders the background loops can fall into: a destroyed case is never kept, and a destruction cut short keeps its history.
/// </summary>
public sealed class DestructionPassesTests : IAsyncLifetime
{
    private const string Closes = "ClosesAsIssued";
    private const string Fails = "FailsMidDestruction";
    private AzuriteProcess? azurite;
    private DurableTaskTestHost? engine;
    private StorageConnection? storage;

    private DurableTaskClient Client => engine!.Client;
    private TableCaseIndex Index => new(storage!);
    private CaseHistoryPurges Purges => new(storage!, Index, NullLogger<CaseHistoryPurges>.Instance);
    private ClosedCaseArchive Archive => new(storage!, Purges, NullLogger<ClosedCaseArchive>.Instance);
    private CaseRecordsDestroyer Destroyer => new(storage!, Index, Purges, new CaseRecordPointers(storage!), Archive, new TriggerPoisonQueue(storage!));

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        storage = StorageConnection.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageConnection.Setting] = azurite.ConnectionString }).Build());
        await StorageBootstrap.EnsureCreatedAsync(storage, CancellationToken.None);
        engine = await DurableTaskTestHost.StartAsync(registry => registry
            .AddOrchestratorFunc<CaseOpening, CaseStatus>(Closes, (context, opening) =>
            {
                var closed = CaseRules.Initial(opening) with { Status = CaseState.Closed, Stage = CaseStage.Closed, Outcome = CaseOutcome.Issued };
                context.SetCustomStatus(closed);
                return closed;
            })
            .AddOrchestratorFunc<CaseOpening, CaseStatus>(Fails, (_, _) =>
                Task.FromException<CaseStatus>(new InvalidOperationException("Storage did not answer while the records were being destroyed."))));
    }

    public async Task DisposeAsync()
    {
        if (engine is not null)
        {
            await engine.DisposeAsync();
        }
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_case_destroyed_and_purged_after_the_archive_listed_it_is_not_kept_by_the_archive()
    {
        var opening = await FinishAsync(Closes);
        var listed = (await Client.GetInstanceAsync(opening.CaseNumber, getInputsAndOutputs: true))!;

        // Meanwhile the retention sweep destroys the case and the purge pass purges its history and drops the request.
        await Destroyer.DestroyAsync(Tombstone(opening, CaseOutcome.Issued), CancellationToken.None);
        Assert.Equal(1, await Purges.PurgeFinishedAsync(Client, CancellationToken.None));
        Assert.False(await Purges.IsRequestedAsync(opening.CaseNumber, CancellationToken.None));

        Assert.False(await Archive.ArchiveAsync(Client, listed, CancellationToken.None));
        Assert.Null(await Archive.FindAsync(opening.CaseNumber, CancellationToken.None));
        Assert.Null(await new CaseReader(Archive, Index).ReadAsync(Client, opening.CaseNumber, CancellationToken.None));
    }

    [Fact]
    public async Task A_case_whose_status_says_destroyed_is_never_kept_even_with_no_request_or_tombstone_left()
    {
        var opening = await FinishAsync(Closes);
        var listed = (await Client.GetInstanceAsync(opening.CaseNumber, getInputsAndOutputs: true))!;
        var destroyed = CaseRules.Initial(opening) with { Status = CaseState.Closed, Stage = CaseStage.Closed, Outcome = CaseOutcome.Destroyed };
        var asDestroyed = new OrchestrationMetadata(listed.Name, listed.InstanceId)
        {
            RuntimeStatus = OrchestrationRuntimeStatus.Completed,
            SerializedInput = listed.SerializedInput,
            SerializedCustomStatus = listed.DataConverter!.Serialize(destroyed),
            DataConverter = listed.DataConverter,
        };

        Assert.False(await Archive.ArchiveAsync(Client, asDestroyed, CancellationToken.None));
        Assert.Null(await Archive.FindAsync(opening.CaseNumber, CancellationToken.None));
        Assert.True(await Archive.ArchiveAsync(Client, listed, CancellationToken.None));
        Assert.NotNull(await Archive.FindAsync(opening.CaseNumber, CancellationToken.None));
    }

    [Fact]
    public async Task A_case_that_failed_before_its_tombstone_keeps_its_history_until_the_destruction_finishes()
    {
        var opening = await FinishAsync(Fails);
        // The destruction's first step asks for the purge; storage then failed and the orchestration gave up.
        await Purges.RequestAsync(opening.CaseNumber, CancellationToken.None);

        Assert.Equal(0, await Purges.PurgeFinishedAsync(Client, CancellationToken.None));
        Assert.NotNull(await Client.GetInstanceAsync(opening.CaseNumber));
        Assert.True(await Purges.IsRequestedAsync(opening.CaseNumber, CancellationToken.None));

        await Destroyer.DestroyAsync(Tombstone(opening, CaseOutcome.Destroyed), CancellationToken.None);
        Assert.Equal(1, await Purges.PurgeFinishedAsync(Client, CancellationToken.None));
        Assert.Null(await Client.GetInstanceAsync(opening.CaseNumber));
    }

    [Fact]
    public async Task A_scan_for_a_destroyed_case_is_deleted_unread_and_nothing_of_it_is_quarantined()
    {
        var opening = Opening();
        await Index.ReplaceWithTombstoneAsync(Tombstone(opening, CaseOutcome.Destroyed), CancellationToken.None);

        Assert.Equal(ScanDisposition.Discarded, await IngestScanOfAsync(opening));

        Assert.False((await storage!.Blobs.GetBlobContainerClient(StorageNames.ScansContainer).GetBlobClient(ScanOf(opening)).ExistsAsync()).Value);
        var quarantined = storage.Blobs.GetBlobContainerClient(StorageNames.QuarantineContainer).GetBlobsAsync(
            Azure.Storage.Blobs.Models.BlobTraits.Metadata, Azure.Storage.Blobs.Models.BlobStates.None, prefix: null, CancellationToken.None);
        await foreach (var blob in quarantined)
        {
            Assert.DoesNotContain("Ravensworth", string.Join(" ", blob.Metadata.Values), StringComparison.Ordinal);
        }
    }

    private async Task<CaseOpening> FinishAsync(string orchestrator)
    {
        var opening = Opening();
        await Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, opening, new StartOrchestrationOptions(opening.CaseNumber));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Client.WaitForInstanceCompletionAsync(opening.CaseNumber, timeout.Token);
        return opening;
    }

    private static CaseOpening Opening() => new()
    {
        CaseNumber = CaseNumber.New(ServiceKind.ClearanceLetter, 2026),
        Service = ServiceKind.ClearanceLetter,
        Channel = IntakeChannel.Mail,
        ReceivedOn = new DateOnly(2026, 11, 27),
        Applicant = new Applicant("Maria", "Ravensworth", new DateOnly(1988, 3, 14), new Address("200 N Spring St", null, "Los Angeles", "CA", "90012")),
        Terms = new WorkflowOptions().TermsFor(new DateOnly(2026, 11, 27)),
        OpenedBy = "intake-1",
        OpenedAt = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero),
    };

    private static CaseTombstone Tombstone(CaseOpening opening, CaseOutcome outcome) =>
        new(opening.CaseNumber, opening.Service, opening.OpenedAt, outcome, DateTimeOffset.UtcNow, "retention");

    [Fact]
    public async Task A_scan_that_arrives_while_the_destruction_is_under_way_is_deleted_unread_too()
    {
        var opening = Opening();
        // The destroyer's first step: the purge is requested before anything is deleted; the tombstone comes last.
        await Purges.RequestAsync(opening.CaseNumber, CancellationToken.None);

        Assert.Equal(ScanDisposition.Discarded, await IngestScanOfAsync(opening));
        Assert.False((await storage!.Blobs.GetBlobContainerClient(StorageNames.ScansContainer).GetBlobClient(ScanOf(opening)).ExistsAsync()).Value);
    }

    private static string ScanOf(CaseOpening opening) => $"{opening.CaseNumber}/passport/passport-Ravensworth.pdf";

    /// <summary>A station scans a passport for the case; the scan watcher's ingestor takes it.</summary>
    private async Task<ScanDisposition> IngestScanOfAsync(CaseOpening opening)
    {
        await storage!.Blobs.GetBlobContainerClient(StorageNames.ScansContainer)
            .UploadBlobAsync(ScanOf(opening), BinaryData.FromBytes(ScanStation.Pdf("Passport of Ravensworth")));
        var ingestor = new ScanIngestor(storage, new CaseRecordPointers(storage), new CaseReader(Archive, Index), Purges,
            NullLogger<ScanIngestor>.Instance);
        return await ingestor.IngestAsync(ScanOf(opening), Client, CancellationToken.None);
    }

    [Fact]
    public async Task A_destruction_removes_the_Functions_hosts_poison_messages_naming_the_cases_scans_and_leaves_the_others()
    {
        var opening = Opening();
        var queue = storage!.Queues.GetQueueClient(TriggerPoisonQueue.Name);
        await queue.CreateIfNotExistsAsync();
        static string Poison(string caseNumber) =>
            $"{{\"Type\":\"BlobTrigger\",\"ContainerName\":\"scans\",\"BlobName\":\"{caseNumber}/passport/passport-Ravensworth.pdf\"}}";
        await queue.SendMessageAsync(Poison(opening.CaseNumber));
        await queue.SendMessageAsync(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Poison(opening.CaseNumber))));
        await queue.SendMessageAsync(Poison("CL-2026-QQQQQQ"));

        await Destroyer.DestroyAsync(Tombstone(opening, CaseOutcome.Destroyed), CancellationToken.None);

        var left = Assert.Single((await queue.PeekMessagesAsync(32)).Value);
        Assert.Contains("CL-2026-QQQQQQ/", left.Body.ToString(), StringComparison.Ordinal);
    }
}
