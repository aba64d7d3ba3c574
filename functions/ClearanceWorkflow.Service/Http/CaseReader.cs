using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;
using Microsoft.DurableTask.Client;

namespace ClearanceWorkflow.Service.Http;

/// <summary>A case as stored by its orchestration: what intake recorded, the live status, and whether it has finished running.</summary>
public sealed record StoredCase(CaseOpening Opening, CaseStatus Status, bool Finished);

/// <summary>Reads cases from the durable backend.</summary>
public static class CaseReader
{
    /// <summary>The case, or null when the number is malformed or unknown.</summary>
    public static async Task<StoredCase?> ReadAsync(DurableTaskClient client, string caseNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!CaseNumber.IsWellFormed(caseNumber))
        {
            return null;
        }
        var instance = await client.GetInstanceAsync(caseNumber, getInputsAndOutputs: true, cancellationToken);
        if (instance?.ReadInputAs<CaseOpening>() is not { } opening)
        {
            return null;
        }
        var status = instance.ReadCustomStatusAs<CaseStatus>() ?? CaseRules.Initial(opening);
        return new StoredCase(opening, status, instance.IsCompleted);
    }
}
