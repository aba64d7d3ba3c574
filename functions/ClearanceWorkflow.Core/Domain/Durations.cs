namespace ClearanceWorkflow.Core.Domain;

/// <summary>Durations as letters print them: days in production, and still readable when tests run them in seconds.</summary>
public static class Durations
{
    /// <summary><c>30 days</c>, <c>1 day</c>, <c>12 hours</c>, <c>45 seconds</c>.</summary>
    public static string InWords(TimeSpan duration)
    {
        static string Plural(double value, string unit) => $"{value:0} {unit}{(Math.Round(value) == 1 ? "" : "s")}";
        return duration switch
        {
            { TotalDays: >= 1 } => Plural(Math.Floor(duration.TotalDays), "day"),
            { TotalHours: >= 1 } => Plural(Math.Floor(duration.TotalHours), "hour"),
            { TotalMinutes: >= 1 } => Plural(Math.Floor(duration.TotalMinutes), "minute"),
            _ => Plural(Math.Ceiling(duration.TotalSeconds), "second"),
        };
    }
}
