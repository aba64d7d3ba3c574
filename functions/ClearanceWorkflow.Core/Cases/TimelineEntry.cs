namespace ClearanceWorkflow.Core.Cases;

/// <summary>One entry of a case's append-only timeline: what happened, when, who did it, and why.</summary>
/// <param name="Sequence">Position in the timeline, assigned by the orchestration (so a retried write lands on the same row).</param>
/// <param name="At">When it happened (orchestration time).</param>
/// <param name="What">The domain event, e.g. <c>PaymentCleared</c>.</param>
/// <param name="Who">A staff id, or <c>system</c>.</param>
/// <param name="Why">A short description or reason, free of personal data.</param>
/// <param name="EventId">The id of the event that caused it, if any.</param>
/// <param name="Note">The staff note that came with the event.</param>
public sealed record TimelineEntry(int Sequence, DateTimeOffset At, string What, string Who, string? Why, string? EventId, string? Note);
