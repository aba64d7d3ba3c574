using System.Text.Json.Serialization;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>How a waiting case stands against the end of its current wait (a service target or an applicant deadline).</summary>
[JsonConverter(typeof(EnumNames<Urgency>))]
public enum Urgency
{
    /// <summary>Plenty of time left, or no deadline.</summary>
    OnTrack,
    /// <summary>In the last quarter of the wait.</summary>
    DueSoon,
    /// <summary>Past the deadline.</summary>
    Overdue,
}

/// <summary>Flags cases for the work queues, so a supervisor sees the backlog before an applicant calls.</summary>
public static class Urgencies
{
    /// <summary>The share of a wait after which a case counts as due soon.</summary>
    public const double DueSoonAfter = 0.75;

    /// <summary>The urgency at <paramref name="now"/> of a wait that began at <paramref name="since"/> and ends at <paramref name="due"/>.</summary>
    public static Urgency Of(DateTimeOffset since, DateTimeOffset? due, DateTimeOffset now)
    {
        if (due is not { } end)
        {
            return Urgency.OnTrack;
        }
        if (now >= end)
        {
            return Urgency.Overdue;
        }
        var dueSoonFrom = since + ((end - since) * DueSoonAfter);
        return now >= dueSoonFrom ? Urgency.DueSoon : Urgency.OnTrack;
    }
}
