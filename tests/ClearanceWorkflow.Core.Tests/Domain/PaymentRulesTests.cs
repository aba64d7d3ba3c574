using System.Globalization;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class PaymentRulesTests
{
    private const decimal Fee = 17.00m;

    [Theory]
    [InlineData(PaymentInstrumentKind.MoneyOrder, "17.00", "LAPD")]
    [InlineData(PaymentInstrumentKind.Check, "17", "Los Angeles Police Department")]
    [InlineData(PaymentInstrumentKind.CashiersCheck, "17.00", "  lapd ")]
    [InlineData(PaymentInstrumentKind.Check, "17.00", "LOS ANGELES POLICE DEPARTMENT")]
    public void A_check_or_money_order_for_the_fee_payable_to_LAPD_is_accepted(PaymentInstrumentKind kind, string amount, string payee) =>
        Assert.Empty(PaymentRules.Problems(Payment(kind, amount, payee), Fee));

    [Theory]
    [InlineData(PaymentInstrumentKind.Cash, "17.00", "LAPD", "Cash is not accepted")]
    [InlineData(PaymentInstrumentKind.Check, "15.00", "LAPD", "must be 17.00 dollars")]
    [InlineData(PaymentInstrumentKind.MoneyOrder, "17.01", "LAPD", "must be 17.00 dollars")]
    [InlineData(PaymentInstrumentKind.MoneyOrder, null, "LAPD", "must be 17.00 dollars")]
    [InlineData(PaymentInstrumentKind.Check, "17.00", "City of Los Angeles", "payable to LAPD")]
    [InlineData(PaymentInstrumentKind.Check, "17.00", "", "payable to LAPD")]
    [InlineData(PaymentInstrumentKind.Check, "17.00", null, "payable to LAPD")]
    [InlineData(PaymentInstrumentKind.Cash, "20.00", "Jane Doe", "Cash is not accepted", "must be 17.00 dollars", "payable to LAPD")]
    public void Each_problem_with_a_payment_is_named_in_plain_words(
        PaymentInstrumentKind kind, string? amount, string? payee, params string[] expected)
    {
        var problems = PaymentRules.Problems(Payment(kind, amount, payee), Fee);

        Assert.Equal(expected.Length, problems.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Contains(expected[i], problems[i], StringComparison.Ordinal);
        }
    }

    private static PaymentInstrument Payment(PaymentInstrumentKind kind, string? amount, string? payee) =>
        new(kind, amount is null ? null : decimal.Parse(amount, CultureInfo.InvariantCulture), "MO-5531", payee);
}
