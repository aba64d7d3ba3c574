using System.Text;
using System.Text.Json;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Http;
using ClearanceWorkflow.Service.Identity;
using ClearanceWorkflow.Service.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Service.Tests.Http;

/// <summary>
/// The backend commits the activity that lists an item in the outbox before the status that shows it there: in that
/// window the mailroom's receipt of a listed item is accepted and delivered to the case.
/// </summary>
public sealed class MailingReceiptTests
{
    private const string MailroomKey = "mailroom-key-00000000001";
    private const string Case = "RF-2026-7K3M9Q";
    private const string ItemId = "referral-notice-1a2b3c4d";

    [Fact]
    public async Task An_item_the_outbox_lists_is_marked_mailed_though_the_case_view_does_not_show_it_yet()
    {
        var (handler, outbox, client) = Build();
        await outbox.AddAsync(new OutboxItem(Case, ItemId, CorrespondenceKind.ReferralNotice, DateTimeOffset.UtcNow), CancellationToken.None);

        var (status, _) = await PostAsync(handler, client, ItemId);

        Assert.Equal(StatusCodes.Status202Accepted, status);
        var raised = Assert.Single(client.Raised);
        Assert.Equal(EventTypes.CorrespondenceMailed, raised.Type);
        Assert.Equal(ItemId, raised.BodyAs<CorrespondenceMailed>().ItemId);
    }

    [Fact]
    public async Task An_item_neither_the_case_nor_the_outbox_holds_is_refused_and_nothing_is_delivered()
    {
        var (handler, _, client) = Build();

        var (status, problem) = await PostAsync(handler, client, ItemId);

        Assert.Equal(StatusCodes.Status409Conflict, status);
        Assert.Equal("AwaitingMailing", problem.GetProperty("stage").GetString());
        Assert.Empty(client.Raised);
    }

    [Theory]
    [InlineData(true, StatusCodes.Status200OK)]
    [InlineData(false, StatusCodes.Status404NotFound)]
    public async Task The_mailroom_can_print_an_item_as_soon_as_the_outbox_lists_it(bool listed, int expected)
    {
        var (provider, outbox, client) = BuildServices();
        if (listed)
        {
            await outbox.AddAsync(new OutboxItem(Case, ItemId, CorrespondenceKind.ReferralNotice, DateTimeOffset.UtcNow), CancellationToken.None);
        }
        var context = Request("GET", null);

        var result = await provider.GetRequiredService<CaseQueryHandlers>().GetCorrespondenceAsync(context.Request, client, Case, ItemId);
        await result.ExecuteAsync(context);

        Assert.Equal(expected, context.Response.StatusCode);
    }

    private static (CaseEventHandler Handler, IOutbox Outbox, CaseClient Client) Build()
    {
        var (provider, outbox, client) = BuildServices();
        return (provider.GetRequiredService<CaseEventHandler>(), outbox, client);
    }

    private static (ServiceProvider Provider, IOutbox Outbox, CaseClient Client) BuildServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Security:AccessCodeSecret"] = "test-only-access-code-secret-0001",
            ["Auth:ApiKeys:0:Key"] = MailroomKey, ["Auth:ApiKeys:0:StaffId"] = "mailroom-1", ["Auth:ApiKeys:0:Roles:0"] = StaffRoles.Mailroom,
        }).Build();
        var outbox = new ListedOutbox();
        var services = new ServiceCollection().AddLogging().AddProblemDetails();
        services.AddClearanceWorkflowService(configuration);
        services.AddSingleton<ICallerResolver>(new ApiKeyCallerResolver(configuration));
        services.AddSingleton<IOutbox>(outbox);
        services.AddSingleton<ICorrespondenceStore>(new RenderedStore());
        return (services.BuildServiceProvider(), outbox, new CaseClient());
    }

    private static DefaultHttpContext Request(string method, string? json)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Request.Method = method;
        context.Request.Headers[ApiKeyCallerResolver.Header] = MailroomKey;
        if (json is not null)
        {
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        }
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static async Task<(int Status, JsonElement Body)> PostAsync(CaseEventHandler handler, DurableTaskClient client, string itemId)
    {
        var context = Request("POST", JsonSerializer.Serialize(new { itemId }));
        var result = await handler.HandleAsync(context.Request, client, Case, EventTypes.CorrespondenceMailed);
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray()).RootElement.Clone());
    }

    /// <summary>The rendered PDF of the item, stored before it was put in the outbox.</summary>
    private sealed class RenderedStore : ICorrespondenceStore
    {
        public Task SaveAsync(string caseNumber, string itemId, byte[] pdf, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<Stream?> OpenAsync(string caseNumber, string itemId, CancellationToken cancellationToken) =>
            Task.FromResult<Stream?>(itemId == ItemId ? new MemoryStream("%PDF-1.7"u8.ToArray()) : null);
    }

    /// <summary>The outbox, in memory: what the activity wrote before the case's status was committed.</summary>
    private sealed class ListedOutbox : IOutbox
    {
        private readonly HashSet<(string, string)> items = [];

        public Task AddAsync(OutboxItem item, CancellationToken cancellationToken)
        {
            items.Add((item.CaseNumber, item.ItemId));
            return Task.CompletedTask;
        }

        public Task RemoveAsync(string caseNumber, string itemId, CancellationToken cancellationToken)
        {
            items.Remove((caseNumber, itemId));
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<OutboxItem>> ListAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> ContainsAsync(string caseNumber, string itemId, CancellationToken cancellationToken) =>
            Task.FromResult(items.Contains((caseNumber, itemId)));
    }

    /// <summary>A running referral whose published status is still its first (no item listed yet); it records raised events.</summary>
    private sealed class CaseClient() : StandInDurableClient("case")
    {
        private static readonly CaseOpening Opening = new()
        {
            CaseNumber = Case,
            Service = ServiceKind.Referral,
            Channel = IntakeChannel.Mail,
            ReceivedOn = new DateOnly(2026, 11, 27),
            Applicant = new Applicant("Maria", "Lopez", new DateOnly(1988, 3, 14), new Address("200 N Spring St", null, "Los Angeles", "CA", "90012")),
            Clearance = new ClearanceRequest(ClearancePurpose.Immigration, null, "Canada"),
            Terms = new CaseTerms(),
            OpenedBy = "intake-1",
            OpenedAt = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero),
        };

        public List<CaseEvent> Raised { get; } = [];

        public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
            Task.FromResult<OrchestrationMetadata?>(new OrchestrationMetadata("ReferralOrchestrator", instanceId)
            {
                RuntimeStatus = OrchestrationRuntimeStatus.Running,
                SerializedInput = JsonDataConverter.Default.Serialize(Opening),
                SerializedCustomStatus = JsonDataConverter.Default.Serialize(CaseRules.Initial(Opening)),
                DataConverter = JsonDataConverter.Default,
            });

        public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
        {
            Raised.Add((CaseEvent)eventPayload!);
            return Task.CompletedTask;
        }
    }
}
