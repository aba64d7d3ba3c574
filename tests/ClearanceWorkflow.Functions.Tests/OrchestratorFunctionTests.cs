using ClearanceWorkflow.Core.Workflows;
using ClearanceWorkflow.Functions.Tests.Support;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ClearanceWorkflow.Functions.Tests;

/// <summary>
/// Each orchestrator function runs the orchestrator version its name says: a case that started under a version's name
/// must replay on that version's code, whichever host runs it.
/// </summary>
public sealed class OrchestratorFunctionTests
{
    /// <summary>Function name → the orchestrator it must run. A new version is one more row.</summary>
    public static TheoryData<string, Type> Versions => new()
    {
        { "ClearanceLetterOrchestrator", typeof(ClearanceLetterOrchestrator) },
        { "ClearanceLetterOrchestratorV2", typeof(ClearanceLetterOrchestratorV2) },
        { "ClearanceLetterOrchestratorV3", typeof(ClearanceLetterOrchestratorV3) },
        { "ClearanceLetterOrchestratorV4", typeof(ClearanceLetterOrchestratorV4) },
        { "ClearanceLetterOrchestratorV5", typeof(ClearanceLetterOrchestratorV5) },
        { "ReferralOrchestrator", typeof(ReferralOrchestrator) },
        { "ExonerationOrchestrator", typeof(ExonerationOrchestrator) },
        { "ExonerationOrchestratorV2", typeof(ExonerationOrchestratorV2) },
        { "ExonerationOrchestratorV3", typeof(ExonerationOrchestratorV3) },
        { "ExonerationOrchestratorV4", typeof(ExonerationOrchestratorV4) },
        { "SealingOrchestrator", typeof(SealingOrchestrator) },
        { "SealingOrchestratorV2", typeof(SealingOrchestratorV2) },
    };

    private static readonly ModuleDefinition Compiled = ModuleDefinition.ReadModule(FunctionCatalog.Assembly.Location);

    [Fact]
    public void The_table_names_every_orchestrator_function_and_every_orchestrator_the_server_runs()
    {
        var rows = Versions.Select(r => (string)r[0]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(FunctionCatalog.WithTrigger("orchestrationTrigger").Select(f => f.Name).Order(StringComparer.Ordinal), rows);
        Assert.Equal(CaseTasks.Orchestrators.Keys.Order(StringComparer.Ordinal), rows);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void An_orchestrator_function_runs_the_version_its_name_says_as_the_server_does(string name, Type orchestrator)
    {
        var function = Assert.Single(FunctionCatalog.WithTrigger("orchestrationTrigger"), f => f.Name == name);

        Assert.Equal([orchestrator.FullName], OrchestratorsConstructedBy(function));
        Assert.Equal(orchestrator, CaseTasks.Orchestrators[name]);
    }

    /// <summary>The case orchestrators whose constructor the function's compiled body calls.</summary>
    private static List<string?> OrchestratorsConstructedBy(FunctionEntry function)
    {
        var orchestrators = CaseTasks.Orchestrators.Values.Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);
        var method = Compiled.GetType(function.Method.DeclaringType!.FullName).Methods.Single(m => m.Name == function.Method.Name);
        return method.Body.Instructions
            .Where(i => i.OpCode == OpCodes.Newobj)
            .Select(i => ((MethodReference)i.Operand).DeclaringType.FullName)
            .Where(orchestrators.Contains)
            .Select(n => (string?)n)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
