using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>
/// Case numbers: short enough to write on an envelope, carrying the service, e.g. <c>CL-2026-7K3M9Q</c>.
/// The alphabet leaves out 0/O, 1/I/L and U so a handwritten number reads back unambiguously.
/// </summary>
public static partial class CaseNumber
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RandomLength = 6;

    /// <summary>The two-letter prefix of a service.</summary>
    public static string PrefixOf(ServiceKind service) => service switch
    {
        ServiceKind.ClearanceLetter => "CL",
        ServiceKind.Exoneration => "EX",
        ServiceKind.ArrestRecordSealing => "SL",
        ServiceKind.Referral => "RF",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unknown service."),
    };

    /// <summary>A new random case number for <paramref name="service"/> in <paramref name="year"/>.</summary>
    public static string New(ServiceKind service, int year)
    {
        Span<char> random = stackalloc char[RandomLength];
        for (var i = 0; i < RandomLength; i++)
        {
            random[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"{PrefixOf(service)}-{year:D4}-{random}";
    }

    /// <summary>Whether <paramref name="value"/> has the shape of a case number (it may still not exist).</summary>
    public static bool IsWellFormed(string? value) => value is not null && Shape().IsMatch(value);

    // \z, not $: $ also matches before a trailing newline.
    [GeneratedRegex("^(CL|EX|SL|RF)-[0-9]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
