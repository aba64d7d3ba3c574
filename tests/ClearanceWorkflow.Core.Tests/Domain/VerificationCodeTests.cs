using System.Text.RegularExpressions;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed partial class VerificationCodeTests
{
    [Theory]
    [InlineData("6f9619ff-8b86-d011-b42d-00c04fc964ff")]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff")]
    public void The_same_seed_always_yields_the_same_code(string seed)
    {
        var guid = Guid.Parse(seed);

        Assert.Equal(VerificationCode.From(guid), VerificationCode.From(guid));
    }

    [Fact]
    public void A_code_reads_as_three_groups_of_four_unambiguous_characters() =>
        Assert.All(Enumerable.Range(0, 200).Select(_ => VerificationCode.From(Guid.NewGuid())),
            code => Assert.Matches(Shape(), code));

    [Fact]
    public void Different_letters_get_different_codes()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => VerificationCode.From(Guid.NewGuid())).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("V7K3-M9QX-2HNP", "V7K3-M9QX-2HNP")]
    [InlineData("v7k3-m9qx-2hnp", "V7K3-M9QX-2HNP")]
    [InlineData("V7K3M9QX2HNP", "V7K3-M9QX-2HNP")]
    [InlineData(" v7k3 m9qx 2hnp ", "V7K3-M9QX-2HNP")]
    [InlineData("V7K3.M9QX.2HNP", "V7K3-M9QX-2HNP")]
    [InlineData("V7K3--M9QX--2HNP", "V7K3-M9QX-2HNP")]
    [InlineData("v7k3-m9qx", "V7K3M9QX")]
    [InlineData("", "")]
    public void What_a_consulate_types_is_normalized_before_lookup(string typed, string normalized) =>
        Assert.Equal(normalized, VerificationCode.Normalize(typed));

    [Fact]
    public void A_printed_code_survives_normalization_unchanged()
    {
        var code = VerificationCode.From(Guid.NewGuid());

        Assert.Equal(code, VerificationCode.Normalize(code));
        Assert.Equal(code, VerificationCode.Normalize(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}\z")]
    private static partial Regex Shape();
}
