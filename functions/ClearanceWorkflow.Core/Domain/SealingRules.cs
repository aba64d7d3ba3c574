namespace ClearanceWorkflow.Core.Domain;

/// <summary>The dates of Penal Code 851.8 as the unit applies them; the periods are settings captured into each case.</summary>
public static class SealingRules
{
    private static readonly string[] LapdNames = ["LAPD", "Los Angeles Police Department"];

    /// <summary>Whether a petition received on <paramref name="receivedOn"/> comes more than <paramref name="years"/> after the arrest (851.8(l)).</summary>
    public static bool NeedsGoodCause(DateOnly arrestDate, DateOnly receivedOn, int years) => receivedOn > arrestDate.AddYears(years);

    /// <summary>
    /// When a petition is deemed denied without a decision (851.8(b)): <paramref name="period"/> from receipt, or from the
    /// lapse of the statute of limitations when that is later, counted to the end of the last day in the unit's time zone.
    /// </summary>
    /// <param name="receivedOn">The day the petition was received.</param>
    /// <param name="limitationsLapsedOn">The day the statute of limitations lapses, if the petition gives it.</param>
    /// <param name="period">The decision period: whole days in practice.</param>
    /// <param name="timeZone">The unit's zone.</param>
    /// <param name="startedAt">When the case started: a period shorter than a day (the tests') runs from then, with no calendar.</param>
    public static DateTimeOffset DecisionDue(
        DateOnly receivedOn, DateOnly? limitationsLapsedOn, TimeSpan period, string timeZone, DateTimeOffset? startedAt = null)
    {
        if (period < TimeSpan.FromDays(1) && startedAt is { } started)
        {
            return started + period;
        }
        var from = limitationsLapsedOn is { } lapse && lapse > receivedOn ? lapse : receivedOn;
        // Counted in calendar days, then midnight in the zone: a fixed span from midnight is an hour off across daylight saving.
        var lastDay = from.AddDays((int)Math.Ceiling(period.TotalDays));
        return UnitCalendar.StartOfDay(lastDay.AddDays(1), timeZone);
    }

    /// <summary>The day sealed records fall due for destruction: <paramref name="years"/> after the arrest (851.8(a)).</summary>
    public static DateOnly DestructionDue(DateOnly arrestDate, int years) => arrestDate.AddYears(years);

    /// <summary>The agencies of an arrest other than the LAPD: those asked to seal and destroy their copies.</summary>
    public static IReadOnlyList<string> CoArresting(IEnumerable<string>? arrestingAgencies) => (arrestingAgencies ?? [])
        .Select(a => a.Trim())
        .Where(a => a.Length > 0 && !LapdNames.Contains(a, StringComparer.OrdinalIgnoreCase))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();
}
