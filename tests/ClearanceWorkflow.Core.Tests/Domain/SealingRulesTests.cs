using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class SealingRulesTests
{
    private static readonly DateOnly Arrest = new(2024, 3, 10);

    [Theory]
    [InlineData("2026-03-10", false)]
    [InlineData("2026-03-11", true)]
    [InlineData("2024-03-10", false)]
    public void A_petition_filed_more_than_two_years_after_the_arrest_needs_good_cause(string receivedOn, bool needsGoodCause) =>
        Assert.Equal(needsGoodCause, SealingRules.NeedsGoodCause(Arrest, DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture), 2));

    [Fact]
    public void The_decision_clock_runs_sixty_days_from_receipt_to_the_end_of_the_last_day_in_the_units_time_zone()
    {
        var due = SealingRules.DecisionDue(new DateOnly(2026, 1, 5), null, TimeSpan.FromDays(60), "America/Los_Angeles");

        Assert.Equal(new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.FromHours(-8)), due);
    }

    [Theory]
    // Across the change to daylight time (8 March 2026): the last day ends at midnight PDT.
    [InlineData("2026-01-20", "2026-03-22T00:00:00-07:00")]
    [InlineData("2026-01-07", "2026-03-09T00:00:00-07:00")]
    [InlineData("2026-01-06", "2026-03-08T00:00:00-08:00")]
    // Across the change back to standard time (1 November 2026): midnight PST.
    [InlineData("2026-09-15", "2026-11-15T00:00:00-08:00")]
    [InlineData("2026-09-02", "2026-11-02T00:00:00-08:00")]
    [InlineData("2026-09-01", "2026-11-01T00:00:00-07:00")]
    // No change inside the period.
    [InlineData("2026-05-01", "2026-07-01T00:00:00-07:00")]
    public void The_decision_clock_ends_at_midnight_after_the_last_day_whatever_daylight_saving_does_meanwhile(string receivedOn, string due) =>
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            SealingRules.DecisionDue(DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture), null, TimeSpan.FromDays(60), "America/Los_Angeles"));

    [Fact]
    public void The_decision_clock_runs_from_the_lapse_of_the_statute_of_limitations_when_that_is_later()
    {
        var fromLapse = SealingRules.DecisionDue(new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 1), TimeSpan.FromDays(60), "UTC");
        var fromReceipt = SealingRules.DecisionDue(new DateOnly(2026, 1, 5), new DateOnly(2025, 6, 1), TimeSpan.FromDays(60), "UTC");

        Assert.Equal(new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero), fromLapse);
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.Zero), fromReceipt);
    }

    [Fact]
    public void Sealed_records_fall_due_for_destruction_three_years_after_the_arrest() =>
        Assert.Equal(new DateOnly(2027, 3, 10), SealingRules.DestructionDue(Arrest, 3));

    [Fact]
    public void The_co_arresting_agencies_are_the_arresting_agencies_other_than_the_lapd_each_once() =>
        Assert.Equal(["LASD", "CHP"], SealingRules.CoArresting(["LAPD", " LASD ", "Los Angeles Police Department", "CHP", "lasd", ""]));
}
