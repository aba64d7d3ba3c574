using ClearanceWorkflow.Service.Configuration;
using ClearanceWorkflow.Service.Storage;
using Microsoft.Extensions.Options;

namespace ClearanceWorkflow.Service.Tests.Storage;

public sealed class AccessCodesTests
{
    private const string Secret = "a-test-secret-of-32-characters!!";
    private static readonly AccessCodes Codes = With(Secret);

    [Fact]
    public void A_case_always_gets_the_same_code_so_it_can_be_printed_again()
    {
        Assert.Equal(Codes.For("CL-2026-7K3M9Q"), Codes.For("CL-2026-7K3M9Q"));
        Assert.Equal(Codes.For("CL-2026-7K3M9Q"), With(Secret).For("CL-2026-7K3M9Q"));
    }

    [Fact]
    public void A_code_reads_as_two_groups_of_four_unambiguous_characters() =>
        Assert.Matches(@"^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}\z", Codes.For("CL-2026-7K3M9Q"));

    [Fact]
    public void Different_cases_get_different_codes()
    {
        var cases = new[] { "CL-2026-7K3M9Q", "CL-2026-7K3M9R", "CL-2025-7K3M9Q", "EX-2026-7K3M9Q", "CL-2026-222222" };

        Assert.Equal(cases.Length, cases.Select(Codes.For).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Another_secret_gives_another_code_so_codes_cannot_be_derived_from_case_numbers() =>
        Assert.NotEqual(Codes.For("CL-2026-7K3M9Q"), With("another-secret-of-enough-length").For("CL-2026-7K3M9Q"));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(" ")]
    [InlineData("lower")]
    public void The_code_is_accepted_in_any_case_with_or_without_dashes_and_spaces(string separator)
    {
        var code = Codes.For("CL-2026-7K3M9Q");
        var typed = separator == "lower" ? code.ToLowerInvariant() : code.Replace("-", separator, StringComparison.Ordinal);

        Assert.True(Codes.Matches("CL-2026-7K3M9Q", typed), typed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2222-2222")]
    [InlineData("not a code")]
    public void A_wrong_or_missing_code_is_refused(string? typed) =>
        Assert.False(Codes.Matches("CL-2026-7K3M9Q", typed));

    [Fact]
    public void The_code_of_one_case_does_not_open_another() =>
        Assert.False(Codes.Matches("CL-2026-7K3M9R", Codes.For("CL-2026-7K3M9Q")));

    [Fact]
    public void A_code_with_extra_characters_is_refused() =>
        Assert.False(Codes.Matches("CL-2026-7K3M9Q", Codes.For("CL-2026-7K3M9Q") + "2"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("short")]
    [InlineData("fifteen-chars!!")]
    public void A_missing_or_short_secret_is_refused_at_startup(string secret) =>
        Assert.Throws<InvalidOperationException>(() => With(secret));

    [Fact]
    public void A_secret_of_sixteen_characters_is_enough() =>
        Assert.NotEmpty(With("sixteen-chars!!!").For("CL-2026-7K3M9Q"));

    private static AccessCodes With(string secret) => new(Options.Create(new SecurityOptions { AccessCodeSecret = secret }));
}
