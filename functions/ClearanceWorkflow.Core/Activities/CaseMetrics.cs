using System.Diagnostics.Metrics;

namespace ClearanceWorkflow.Core.Activities;

/// <summary>
/// The service's own metrics (meter <see cref="Name"/>): counts by service, outcome and reason, never by case or person.
/// Recorded where the work happens (an activity, the handler that opens a case, scan ingestion), not in orchestrator code,
/// which replays.
/// </summary>
public static class CaseMetrics
{
    /// <summary>The meter's (and the traces' activity source's) name.</summary>
    public const string Name = "ClearanceWorkflow";

    private static readonly Meter Meter = new(Name);

    /// <summary>Cases opened, tagged <c>service</c>.</summary>
    public static readonly Counter<long> CasesOpened = Meter.CreateCounter<long>("clearance.cases.opened", "{case}", "Cases opened, by service.");

    /// <summary>Cases closed, tagged <c>service</c> and <c>outcome</c>.</summary>
    public static readonly Counter<long> CasesClosed = Meter.CreateCounter<long>("clearance.cases.closed", "{case}", "Cases closed, by service and outcome.");

    /// <summary>Time a case spent in a stage, recorded as it leaves, tagged <c>service</c> and <c>stage</c>.</summary>
    public static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>("clearance.stage.duration", "s", "Time a case spent in a stage, by service and stage.");

    /// <summary>Cases that passed a staff stage's service target (flagged overdue), tagged <c>service</c> and <c>stage</c>.</summary>
    public static readonly Counter<long> CasesOverdue = Meter.CreateCounter<long>("clearance.cases.overdue", "{case}", "Cases that passed a stage's service target, by service and stage.");

    /// <summary>
    /// Seconds from an event's receipt to the case's records (work queue row, timeline) showing it applied, tagged
    /// <c>service</c> and <c>event</c> (the event type).
    /// </summary>
    public static readonly Histogram<double> EventToView = Meter.CreateHistogram<double>("clearance.event.to_view", "s", "Time from an event's receipt to the case's records showing it, by service and event type.");

    /// <summary>Scans attached to a case.</summary>
    public static readonly Counter<long> ScansIngested = Meter.CreateCounter<long>("clearance.scans.ingested", "{scan}", "Scans attached to a case as documents.");

    /// <summary>Scans moved to quarantine, tagged <c>reason</c> (a fixed phrase, no names).</summary>
    public static readonly Counter<long> ScansQuarantined = Meter.CreateCounter<long>("clearance.scans.quarantined", "{scan}", "Scans quarantined, by reason.");

    /// <summary>Scans deleted unread because their case's records were destroyed.</summary>
    public static readonly Counter<long> ScansDiscarded = Meter.CreateCounter<long>("clearance.scans.discarded", "{scan}", "Scans for destroyed cases, deleted unread.");
}
