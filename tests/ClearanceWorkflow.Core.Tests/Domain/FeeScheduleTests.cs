using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class FeeScheduleTests
{
    // Given out of order on purpose: the schedule sorts its entries.
    private static readonly FeeSchedule Schedule = new(
    [
        new FeeScheduleEntry(new DateOnly(2026, 1, 1), 20.00m),
        new FeeScheduleEntry(new DateOnly(2010, 1, 1), 15.00m),
        new FeeScheduleEntry(new DateOnly(2018, 7, 1), 17.00m),
    ]);

    public static TheoryData<DateOnly, decimal> FeesByDay => new()
    {
        { new DateOnly(2005, 3, 9), 15.00m },   // before the first entry: the first entry's fee
        { new DateOnly(2009, 12, 31), 15.00m },
        { new DateOnly(2010, 1, 1), 15.00m },
        { new DateOnly(2018, 6, 30), 15.00m },  // the day before a change
        { new DateOnly(2018, 7, 1), 17.00m },   // the change takes effect on its own day
        { new DateOnly(2025, 12, 31), 17.00m },
        { new DateOnly(2026, 1, 1), 20.00m },
        { new DateOnly(2040, 6, 15), 20.00m },  // after the last entry: the last fee stays
    };

    [Theory]
    [MemberData(nameof(FeesByDay))]
    public void A_case_pays_the_fee_in_force_on_the_day_its_mail_was_received(DateOnly receivedOn, decimal fee) =>
        Assert.Equal(fee, Schedule.FeeOn(receivedOn));

    [Theory]
    [InlineData(1900, 1, 1)]
    [InlineData(2026, 11, 27)]
    [InlineData(9999, 12, 31)]
    public void Without_a_configured_schedule_the_fee_is_seventeen_dollars(int year, int month, int day)
    {
        Assert.Equal(17.00m, FeeSchedule.DefaultFee);
        Assert.Equal(17.00m, FeeSchedule.Default.FeeOn(new DateOnly(year, month, day)));
    }

    [Fact]
    public void An_empty_schedule_is_refused() =>
        Assert.Throws<ArgumentException>(() => new FeeSchedule([]));

    [Theory]
    [InlineData(0)]
    [InlineData(-17)]
    public void A_schedule_with_a_free_or_negative_fee_is_refused(int amount) =>
        Assert.Throws<ArgumentException>(() => new FeeSchedule([new FeeScheduleEntry(new DateOnly(2020, 1, 1), amount)]));
}
