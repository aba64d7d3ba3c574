using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Workflows;
using ClearanceWorkflow.Functions.Tests.Support;
using ClearanceWorkflow.Service.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>The durable functions are the orchestrators and activities the self-hosted worker registers, under the same names.</summary>
public sealed class DurableFunctionTests
{
    [Fact]
    public void OrchestratorFunctionsAreExactlyTheCaseTasksOrchestrators() =>
        Assert.Equal(
            CaseTasks.Orchestrators.Keys.Order(StringComparer.Ordinal),
            FunctionCatalog.WithTrigger("orchestrationTrigger").Select(f => f.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void ActivityFunctionsAreExactlyTheCaseTasksActivities() =>
        Assert.Equal(
            CaseTasks.Activities.Keys.Order(StringComparer.Ordinal),
            FunctionCatalog.WithTrigger("activityTrigger").Select(f => f.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void TheAppHasNoFunctionsBeyondTheRoutesTheTasksTheScanTriggerTheUpkeepTimersAndTheConsole()
    {
        Assert.Equal(ApiRoutes.All.Count + CaseTasks.Orchestrators.Count + CaseTasks.Activities.Count + 5, FunctionCatalog.All.Count);
        Assert.Equal(3, FunctionCatalog.WithTrigger("timerTrigger").Count);
        Assert.Equal(FunctionCatalog.All.Count, FunctionCatalog.All.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void EveryActivityFunctionTakesAndReturnsWhatItsActivityDoes()
    {
        foreach (var function in FunctionCatalog.WithTrigger("activityTrigger"))
        {
            var (input, output) = TaskTypes(CaseTasks.Activities[function.Name], typeof(TaskActivity<,>));
            var trigger = Assert.Single(function.Method.GetParameters(), p => p.IsDefined(typeof(ActivityTriggerAttribute), false));
            Assert.Equal(input, trigger.ParameterType);
            Assert.Equal(typeof(Task<>).MakeGenericType(output), function.Method.ReturnType);
        }
    }

    [Fact]
    public void EveryOrchestratorFunctionReturnsWhatItsOrchestratorDoes()
    {
        foreach (var function in FunctionCatalog.WithTrigger("orchestrationTrigger"))
        {
            var (_, output) = TaskTypes(CaseTasks.Orchestrators[function.Name], typeof(TaskOrchestrator<,>));
            var trigger = Assert.Single(function.Method.GetParameters());
            Assert.True(trigger.IsDefined(typeof(OrchestrationTriggerAttribute), false));
            Assert.Equal(typeof(TaskOrchestrationContext), trigger.ParameterType);
            Assert.Equal(typeof(Task<>).MakeGenericType(output), function.Method.ReturnType);
        }
    }

    [Fact]
    public async Task EveryActivityFunctionRunsItsCoreActivityAgainstThePorts()
    {
        const string CaseNumber = SamplePayloads.CaseNumber;
        var expectedCalls = new Dictionary<string, string[]>
        {
            [RecordCaseHistory.Name] = [$"timeline.append {CaseNumber}", $"index.upsert {CaseNumber}"],
            [RenderCorrespondence.Name] = [$"renderer.render {CaseNumber}", $"store.save {CaseNumber}/letter-1"],
            [PlaceInOutbox.Name] = [$"outbox.add {CaseNumber}/letter-1"],
            [RemoveFromOutbox.Name] = [$"outbox.remove {CaseNumber}/letter-1"],
            [RegisterVerification.Name] = ["verifications.register ABCDEFGHJKMNPQ"],
            [DestroyCaseRecords.Name] = ["destroyer.destroy SL-2026-ABCDEF"],
            [MintVerificationCode.Name] = [],
            [IssueCorrespondence.Name] =
                [$"renderer.render {CaseNumber}", $"store.save {CaseNumber}/letter-1", "verifications.register ABCDEFGHJKMNPQ", $"outbox.add {CaseNumber}/letter-1"],
        };
        Assert.Equal(CaseTasks.Activities.Keys.Order(StringComparer.Ordinal), expectedCalls.Keys.Order(StringComparer.Ordinal));

        foreach (var function in FunctionCatalog.WithTrigger("activityTrigger"))
        {
            var ports = new RecordingPorts();
            await using var services = TestServices.Build(replace: s => UsePorts(s, ports));
            var input = SamplePayloads.ActivityInputs[function.Name];
            var running = function.Method.Invoke(null, [input, CaseNumber, new StubFunctionContext(services)])!;
            if (running is Task<string> minting)
            {
                // The code the service's key gives this case and item, whichever host mints it.
                Assert.Equal(services.GetRequiredService<VerificationCodes>().For(CaseNumber, "letter-1"), await minting);
            }
            else
            {
                Assert.True(await (Task<bool>)running);
            }
            Assert.Equal(expectedCalls[function.Name], ports.Calls);
        }
    }

    private static void UsePorts(IServiceCollection services, RecordingPorts ports)
    {
        services.AddSingleton<ICaseTimeline>(ports);
        services.AddSingleton<ICaseIndex>(ports);
        services.AddSingleton<ICorrespondenceRenderer>(ports);
        services.AddSingleton<ICorrespondenceStore>(ports);
        services.AddSingleton<IOutbox>(ports);
        services.AddSingleton<IVerificationRegistry>(ports);
        services.AddSingleton<ICaseRecordsDestroyer>(ports);
    }

    private static (Type Input, Type Output) TaskTypes(Type task, Type openBase)
    {
        for (var type = task; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == openBase)
            {
                return (type.GenericTypeArguments[0], type.GenericTypeArguments[1]);
            }
        }
        throw new InvalidOperationException($"{task.Name} does not derive from {openBase.Name}.");
    }
}
