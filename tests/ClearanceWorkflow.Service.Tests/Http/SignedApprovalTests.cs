using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Workflows;
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
/// An approval signs the letter with the name and title the unit lists for the approver: the real event handler against a
/// case waiting for approval, for a version that signs and one that prints the draft.
/// </summary>
public sealed class SignedApprovalTests
{
    private const string Case = "CL-2026-7K3M9Q";
    private const string ListedKey = "listed-supervisor-key-0001";
    private const string UnlistedKey = "unlisted-supervisor-key-02";

    [Fact]
    public async Task A_listed_supervisor_approves_and_the_case_is_told_the_name_and_title_to_sign_with()
    {
        var client = new ApprovalClient(ClearanceLetterOrchestratorV4.Name);

        Assert.Equal(StatusCodes.Status202Accepted, await ApproveAsync(client, ListedKey));
        var raised = Assert.Single(client.Raised);
        Assert.Equal(new Signatory("Sgt. Dana Whitfield", "Supervisor, Records and Identification Division"), raised.Signatory);
    }

    [Fact]
    public async Task A_supervisor_not_on_the_list_cannot_sign_a_letter_and_nothing_is_delivered()
    {
        var client = new ApprovalClient(ExonerationOrchestratorV3.Name);

        Assert.Equal(StatusCodes.Status409Conflict, await ApproveAsync(client, UnlistedKey));
        Assert.Empty(client.Raised);
    }

    [Fact]
    public async Task A_case_of_a_version_that_prints_the_draft_is_approved_by_a_supervisor_not_on_the_list()
    {
        var client = new ApprovalClient(ClearanceLetterOrchestratorV2.Name);

        Assert.Equal(StatusCodes.Status202Accepted, await ApproveAsync(client, UnlistedKey));
        Assert.Null(Assert.Single(client.Raised).Signatory);
    }

    private static async Task<int> ApproveAsync(DurableTaskClient client, string key)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Security:AccessCodeSecret"] = "test-only-access-code-secret-0001",
            ["Auth:ApiKeys:0:Key"] = ListedKey, ["Auth:ApiKeys:0:StaffId"] = "sup-1", ["Auth:ApiKeys:0:Roles:0"] = StaffRoles.Supervisor,
            ["Auth:ApiKeys:1:Key"] = UnlistedKey, ["Auth:ApiKeys:1:StaffId"] = "sup-2", ["Auth:ApiKeys:1:Roles:0"] = StaffRoles.Supervisor,
            ["Staff:Signatories:0:StaffId"] = "sup-1",
            ["Staff:Signatories:0:Name"] = "Sgt. Dana Whitfield",
            ["Staff:Signatories:0:Title"] = "Supervisor, Records and Identification Division",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddProblemDetails();
        services.AddClearanceWorkflowService(configuration);
        services.AddSingleton<ICallerResolver>(new ApiKeyCallerResolver(configuration));
        using var provider = services.BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = provider };
        context.Request.Method = "POST";
        context.Request.Headers[ApiKeyCallerResolver.Header] = key;
        context.Response.Body = new MemoryStream();
        var result = await provider.GetRequiredService<CaseEventHandler>().HandleAsync(context.Request, client, Case, EventTypes.LetterApproved);
        await result.ExecuteAsync(context);
        return context.Response.StatusCode;
    }

    /// <summary>A clearance letter waiting in LetterApproval, run by <paramref name="orchestrator"/>; it records raised events.</summary>
    private sealed class ApprovalClient(string orchestrator) : StandInDurableClient("approval")
    {
        private static readonly CaseOpening Opening = new()
        {
            CaseNumber = Case,
            Service = ServiceKind.ClearanceLetter,
            Channel = IntakeChannel.Mail,
            ReceivedOn = new DateOnly(2026, 11, 27),
            Applicant = new Applicant("Maria", "Lopez", new DateOnly(1988, 3, 14), new Address("200 N Spring St", null, "Los Angeles", "CA", "90012")),
            Clearance = new ClearanceRequest(ClearancePurpose.ForeignTravel, ApplicantCategory.UsCitizen, "Japan"),
            Terms = new CaseTerms(),
            OpenedBy = "intake-1",
            OpenedAt = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero),
        };

        public List<CaseEvent> Raised { get; } = [];

        public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
            Task.FromResult<OrchestrationMetadata?>(new OrchestrationMetadata(orchestrator, instanceId)
            {
                RuntimeStatus = OrchestrationRuntimeStatus.Running,
                SerializedInput = JsonDataConverter.Default.Serialize(Opening),
                SerializedCustomStatus = JsonDataConverter.Default.Serialize(CaseRules.Initial(Opening) with
                {
                    Stage = CaseStage.LetterApproval, WaitingOn = WaitingOn.Staff, ExpectedEvents = [EventTypes.LetterApproved],
                }),
                DataConverter = JsonDataConverter.Default,
            });

        public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
        {
            Raised.Add((CaseEvent)eventPayload!);
            return Task.CompletedTask;
        }
    }
}
