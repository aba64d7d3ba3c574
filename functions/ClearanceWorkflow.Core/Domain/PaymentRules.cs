namespace ClearanceWorkflow.Core.Domain;

/// <summary>What makes a payment instrument acceptable for a clearance letter.</summary>
public static class PaymentRules
{
    private static readonly string[] AcceptedPayees = ["LAPD", "Los Angeles Police Department"];

    /// <summary>The problems with <paramref name="payment"/> against the fee due, in plain words; empty when acceptable.</summary>
    public static IReadOnlyList<string> Problems(PaymentInstrument payment, decimal feeDue)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var problems = new List<string>();
        if (payment.Instrument == PaymentInstrumentKind.Cash)
        {
            problems.Add("Cash is not accepted; send a check, money order or cashier's check.");
        }
        if (payment.Amount != feeDue)
        {
            problems.Add($"The amount must be {feeDue:0.00} dollars.");
        }
        var payee = payment.PayableTo?.Trim() ?? "";
        if (!AcceptedPayees.Any(p => string.Equals(p, payee, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add("The payment must be payable to LAPD.");
        }
        return problems;
    }
}
