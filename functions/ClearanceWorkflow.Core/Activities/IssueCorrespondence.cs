using Microsoft.DurableTask;

namespace ClearanceWorkflow.Core.Activities;

/// <summary>
/// What <see cref="IssueCorrespondence"/> does for one item, in this order, each step only when asked.
/// </summary>
/// <param name="CaseNumber">The case.</param>
/// <param name="ItemId">The letter, notice or certificate.</param>
/// <param name="MintCode">True: mint the item's verification code with the service's key, print it on the render, and return it.</param>
/// <param name="Render">What to render and store under the item id.</param>
/// <param name="Register">The verification record to register, so that the code verifies.</param>
/// <param name="Place">The outbox entry to add.</param>
public sealed record IssueRequest(
    string CaseNumber, string ItemId, bool MintCode, CorrespondenceContent? Render, VerificationRecord? Register, OutboxItem? Place);

/// <summary>
/// The steps of issuing one item in one activity (one round trip of the case's orchestration instead of one per step):
/// mint its code, render and store it, register it, put it in the outbox. Each step is idempotent, so a retry that
/// runs them all again changes nothing. Returns the item's code (empty when it has none).
/// </summary>
[DurableTask(Name)]
public sealed class IssueCorrespondence(
    Domain.VerificationCodes codes, ICorrespondenceRenderer renderer, ICorrespondenceStore store, IVerificationRegistry registry, IOutbox outbox)
    : TaskActivity<IssueRequest, string>
{
    /// <summary>The activity name.</summary>
    public const string Name = nameof(IssueCorrespondence);

    /// <inheritdoc />
    public override async Task<string> RunAsync(TaskActivityContext context, IssueRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = input.MintCode ? codes.For(input.CaseNumber, input.ItemId) : input.Render?.VerificationCode;
        if (input.Render is { } content)
        {
            var pdf = renderer.Render(input.MintCode ? content with { VerificationCode = code } : content);
            await store.SaveAsync(input.CaseNumber, input.ItemId, pdf, CancellationToken.None);
        }
        if (input.Register is { } record)
        {
            await registry.RegisterAsync(record, CancellationToken.None);
        }
        if (input.Place is { } item)
        {
            await outbox.AddAsync(item, CancellationToken.None);
        }
        return code ?? "";
    }
}
