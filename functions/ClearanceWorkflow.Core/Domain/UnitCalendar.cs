namespace ClearanceWorkflow.Core.Domain;

/// <summary>Days and times in the unit's time zone (a setting captured into each case), with UTC where the zone is unknown.</summary>
public static class UnitCalendar
{
    /// <summary>The zone of <paramref name="timeZone"/> (an IANA id), or UTC when this machine does not know it.</summary>
    public static TimeZoneInfo Zone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;

    /// <summary>Midnight at the start of <paramref name="day"/> in <paramref name="timeZone"/>.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, string timeZone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone(timeZone).GetUtcOffset(midnight));
    }

    /// <summary>The day <paramref name="instant"/> falls on in <paramref name="timeZone"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone(timeZone)).DateTime);
}
