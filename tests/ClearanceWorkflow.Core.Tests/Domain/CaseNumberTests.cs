using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class CaseNumberTests
{
    [Theory]
    [InlineData(ServiceKind.ClearanceLetter, "CL")]
    [InlineData(ServiceKind.Exoneration, "EX")]
    [InlineData(ServiceKind.ArrestRecordSealing, "SL")]
    [InlineData(ServiceKind.Referral, "RF")]
    public void A_new_case_number_carries_the_service_and_the_year(ServiceKind service, string prefix)
    {
        var number = CaseNumber.New(service, 2026);

        Assert.StartsWith($"{prefix}-2026-", number, StringComparison.Ordinal);
        Assert.Equal(14, number.Length);
        Assert.True(CaseNumber.IsWellFormed(number), number);
    }

    [Fact]
    public void New_case_numbers_are_well_formed_and_do_not_repeat()
    {
        var numbers = Enumerable.Range(0, 500).Select(_ => CaseNumber.New(ServiceKind.ClearanceLetter, 2026)).ToList();

        Assert.All(numbers, n => Assert.True(CaseNumber.IsWellFormed(n), n));
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void New_case_numbers_avoid_letters_that_read_back_ambiguously()
    {
        var randomParts = string.Concat(Enumerable.Range(0, 500).Select(_ => CaseNumber.New(ServiceKind.ClearanceLetter, 2026)[8..]));

        Assert.DoesNotContain(randomParts, c => c is '0' or 'O' or '1' or 'I' or 'L' or 'U');
    }

    [Theory]
    [InlineData("CL-2026-7K3M9Q")]
    [InlineData("EX-1999-234567")]
    [InlineData("SL-2030-ZZZZZZ")]
    [InlineData("RF-2026-ABCDEF")]
    public void A_number_of_the_right_shape_is_well_formed(string value) =>
        Assert.True(CaseNumber.IsWellFormed(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cl-2026-7K3M9Q")]
    [InlineData("CL-2026-7k3m9q")]
    [InlineData("XX-2026-7K3M9Q")]
    [InlineData("CL-26-7K3M9Q")]
    [InlineData("CL-2026-7K3M9")]
    [InlineData("CL-2026-7K3M9QA")]
    [InlineData("CL2026-7K3M9Q")]
    [InlineData("CL_2026_7K3M9Q")]
    [InlineData(" CL-2026-7K3M9Q")]
    [InlineData("CL-2026-7K3M9Q ")]
    [InlineData("CL-2026-7K3M9Q\n")]
    [InlineData("CL-2026-7K3M9Q/../EX-2026-7K3M9Q")]
    [InlineData("CL-2026-7K3M0Q")]
    [InlineData("CL-2026-7K3MOQ")]
    [InlineData("CL-2026-7K3M1Q")]
    [InlineData("CL-2026-7K3MIQ")]
    [InlineData("CL-2026-7K3MLQ")]
    [InlineData("CL-2026-7K3MUQ")]
    public void A_number_of_any_other_shape_or_with_ambiguous_letters_is_not_well_formed(string? value) =>
        Assert.False(CaseNumber.IsWellFormed(value));
}
