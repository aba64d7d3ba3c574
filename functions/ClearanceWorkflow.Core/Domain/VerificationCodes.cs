using System.Security.Cryptography;
using System.Text;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>
/// Verification codes nobody can compute without the service's secret: an HMAC-SHA256 of the case number and the item
/// under a key of its own (derived from the secret with a label, so it is never the access-code key). The same case and
/// item always give the same code, so an activity that runs twice mints one code.
/// </summary>
public sealed class VerificationCodes
{
    private readonly byte[] key;

    /// <summary>Creates the minting key from <paramref name="secret"/> (at least 16 characters).</summary>
    public VerificationCodes(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < 16)
        {
            throw new InvalidOperationException("The verification-code secret must be at least 16 characters.");
        }
        key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("ClearanceWorkflow verification codes v1"));
    }

    /// <summary>The code of item <paramref name="itemId"/> of case <paramref name="caseNumber"/>.</summary>
    public string For(string caseNumber, string itemId)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{caseNumber}\n{itemId}"));
        return VerificationCode.From(BitConverter.ToUInt64(mac, 0));
    }
}
