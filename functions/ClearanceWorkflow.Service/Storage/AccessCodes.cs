using System.Security.Cryptography;
using System.Text;
using ClearanceWorkflow.Service.Configuration;
using Microsoft.Extensions.Options;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// Access codes for the public status lookup: an HMAC of the case number under a secret setting, so the code can be
/// printed again for the applicant without being stored anywhere, and cannot be guessed from the case number.
/// </summary>
public sealed class AccessCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly byte[] secret;

    /// <summary>Creates the code source; the secret must be set.</summary>
    public AccessCodes(IOptions<SecurityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.AccessCodeSecret;
        if (string.IsNullOrWhiteSpace(configured) || configured.Length < 16)
        {
            throw new InvalidOperationException("Security:AccessCodeSecret must be set to a secret of at least 16 characters.");
        }
        secret = Encoding.UTF8.GetBytes(configured);
    }

    /// <summary>The access code of <paramref name="caseNumber"/>, e.g. <c>7K3M-9QXP</c>.</summary>
    public string For(string caseNumber)
    {
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(caseNumber));
        var chars = new char[9];
        for (int i = 0, j = 0; i < 8; i++)
        {
            if (i == 4)
            {
                chars[j++] = '-';
            }
            chars[j++] = Alphabet[mac[i] % Alphabet.Length];
        }
        return new string(chars);
    }

    /// <summary>Whether <paramref name="typed"/> is the access code of <paramref name="caseNumber"/> (constant time).</summary>
    public bool Matches(string caseNumber, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return false;
        }
        var bare = new string(typed.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        var expected = For(caseNumber).Replace("-", "", StringComparison.Ordinal);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(bare), Encoding.ASCII.GetBytes(expected));
    }
}
