namespace ClearanceWorkflow.Core.Domain;

/// <summary>
/// Verification codes printed on letters and certificates, e.g. <c>V7K3-M9QX-2HNP</c>: 12 characters from an
/// unambiguous alphabet (about 59 bits). New cases get a keyed HMAC of the case and item (<see cref="VerificationCodes"/>);
/// cases of the first orchestrator versions derive theirs from the orchestration's GUID, as they always did.
/// </summary>
public static class VerificationCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The code derived from <paramref name="seed"/> (orchestrator versions 1 only: the seed is predictable).</summary>
    public static string From(Guid seed)
    {
        var bytes = seed.ToByteArray();
        return From(BitConverter.ToUInt64(bytes, 0) ^ BitConverter.ToUInt64(bytes, 8));
    }

    /// <summary>The code spelling <paramref name="value"/>.</summary>
    public static string From(ulong value)
    {
        var chars = new char[14];
        var j = 0;
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                chars[j++] = '-';
            }
            chars[j++] = Alphabet[(int)(value % (ulong)Alphabet.Length)];
            value /= (ulong)Alphabet.Length;
        }
        return new string(chars);
    }

    /// <summary>Normalizes what a consulate typed: upper case, dashes where they belong.</summary>
    public static string Normalize(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var bare = new string(typed.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return bare.Length == 12 ? $"{bare[..4]}-{bare[4..8]}-{bare[8..]}" : bare;
    }
}
