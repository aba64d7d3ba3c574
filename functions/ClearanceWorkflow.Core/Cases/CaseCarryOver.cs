using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Cases;

/// <summary>
/// What a case carries from one execution of its orchestration to the next when it continues as new at a checkpoint, so
/// that its history starts again small: where the procedure resumes, the status as published, and the bookkeeping of
/// the timeline.
/// </summary>
/// <param name="ResumeAt">The checkpoint the procedure resumes at (one of its own names).</param>
/// <param name="Status">The status the case had published.</param>
/// <param name="Sequence">The last timeline sequence number written.</param>
/// <param name="StageEnteredAt">When the case entered its current stage.</param>
/// <param name="Execution">How many executions the case has had before this one (1 for the first continuation).</param>
/// <param name="PaymentInHand">A clearance letter's instrument in hand, valid and not yet deposited or returned.</param>
public sealed record CaseCarryOver(
    string ResumeAt, CaseStatus Status, int Sequence, DateTimeOffset StageEnteredAt, int Execution, PaymentInstrument? PaymentInHand);
