namespace ClearanceWorkflow.Core.Domain;

/// <summary>One fee amount and the day it took effect.</summary>
public sealed record FeeScheduleEntry(DateOnly EffectiveFrom, decimal Amount);

/// <summary>The clearance-letter fee over time: a case pays the fee in force on the day its mail was received.</summary>
public sealed class FeeSchedule
{
    /// <summary>The fee when no schedule is configured.</summary>
    public const decimal DefaultFee = 17.00m;

    private readonly FeeScheduleEntry[] entries;

    /// <summary>Creates a schedule from its entries, in any order.</summary>
    public FeeSchedule(IEnumerable<FeeScheduleEntry> entries)
    {
        this.entries = entries.OrderBy(e => e.EffectiveFrom).ToArray();
        if (this.entries.Length == 0)
        {
            throw new ArgumentException("A fee schedule needs at least one entry.", nameof(entries));
        }
        if (this.entries.Any(e => e.Amount <= 0))
        {
            throw new ArgumentException("Fee amounts must be positive.", nameof(entries));
        }
    }

    /// <summary>The default schedule: $17.00 for any date.</summary>
    public static FeeSchedule Default { get; } = new([new FeeScheduleEntry(DateOnly.MinValue, DefaultFee)]);

    /// <summary>The fee in force on <paramref name="day"/>; days before the first entry use the first entry.</summary>
    public decimal FeeOn(DateOnly day)
    {
        var fee = entries[0].Amount;
        foreach (var entry in entries)
        {
            if (entry.EffectiveFrom > day)
            {
                break;
            }
            fee = entry.Amount;
        }
        return fee;
    }
}
