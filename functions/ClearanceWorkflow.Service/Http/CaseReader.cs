using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Storage;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Http;

/// <summary>
/// A case as stored by its orchestration: what intake recorded, the live status, whether it has finished running, and
/// whether it has started (a case just opened has not, and shows its first stage until it does).
/// </summary>
public sealed record StoredCase(CaseOpening Opening, CaseStatus Status, bool Finished, bool Started)
{
    /// <summary>The orchestrator (version) that runs the case; null once it has left the durable backend.</summary>
    public string? Orchestrator { get; init; }
}

/// <summary>Reads cases: from the durable backend while they run, from the <see cref="ClosedCaseArchive"/> once they have left it.</summary>
public sealed class CaseReader(ClosedCaseArchive archive, TableCaseIndex index)
{
    /// <summary>The case, or null when the number is malformed or unknown, or the case's records were destroyed.</summary>
    public async Task<StoredCase?> ReadAsync(DurableTaskClient client, string caseNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!CaseNumber.IsWellFormed(caseNumber))
        {
            return null;
        }
        var instance = await client.GetInstanceAsync(caseNumber, getInputsAndOutputs: true, cancellationToken);
        if (instance?.ReadInputAs<CaseOpening>() is not { } opening)
        {
            // Not in the backend: closed and moved out (the row is written before the history is purged), or unknown.
            return await archive.FindAsync(caseNumber, cancellationToken);
        }
        var status = instance.ReadCustomStatusAs<CaseStatus>() ?? CaseRules.Initial(opening);
        // A destroyed case's history stays in the backend until the purge pass runs: its tombstone answers meanwhile.
        if (instance.IsCompleted && (status.Outcome == CaseOutcome.Destroyed
            || await index.FindTombstoneAsync(caseNumber, cancellationToken) is not null))
        {
            return null;
        }
        return new StoredCase(opening, status, instance.IsCompleted, instance.RuntimeStatus != OrchestrationRuntimeStatus.Pending)
        {
            Orchestrator = instance.Name,
        };
    }
}
