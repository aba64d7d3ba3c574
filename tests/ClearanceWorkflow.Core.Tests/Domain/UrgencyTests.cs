using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class UrgencyTests
{
    private static readonly DateTimeOffset Entered = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, Urgency.OnTrack)]
    [InlineData(5, Urgency.OnTrack)]
    [InlineData(7.4, Urgency.OnTrack)]
    [InlineData(7.5, Urgency.DueSoon)]
    [InlineData(9.9, Urgency.DueSoon)]
    [InlineData(10, Urgency.Overdue)]
    [InlineData(30, Urgency.Overdue)]
    public void A_ten_day_wait_is_due_soon_in_its_last_quarter_and_overdue_from_its_end(double daysIn, Urgency expected) =>
        Assert.Equal(expected, Urgencies.Of(Entered, Entered.AddDays(10), Entered.AddDays(daysIn)));

    [Fact]
    public void A_wait_without_a_deadline_is_on_track() =>
        Assert.Equal(Urgency.OnTrack, Urgencies.Of(Entered, null, Entered.AddYears(1)));
}
