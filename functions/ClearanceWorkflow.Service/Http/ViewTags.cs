using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ClearanceWorkflow.Service.Http;

/// <summary>
/// Entity tags of a case view, and how long a reader holding one asks to wait for a change (<c>Prefer: wait=N</c>,
/// RFC 7240). A view's tag is a hash of the bytes the caller was sent, so it changes exactly when that caller's view does.
/// </summary>
public static class ViewTags
{
    /// <summary>The longest a reader waits for a change; a larger <c>wait</c> is cut to this.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>The strong entity tag of a view's bytes.</summary>
    public static string Of(ReadOnlySpan<byte> body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";

    /// <summary>True when <paramref name="ifNoneMatch"/> names <paramref name="tag"/> (or is <c>*</c>): the reader holds that view.</summary>
    public static bool Holds(StringValues ifNoneMatch, string tag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var held))
        {
            return false;
        }
        var current = new EntityTagHeaderValue(tag);
        return held.Any(h => h.Equals(EntityTagHeaderValue.Any) || h.Compare(current, useStrongComparison: false));
    }

    /// <summary>The wait a <c>Prefer</c> header asks for, at most <see cref="MaxWait"/>; zero when it asks none or cannot be read (ignored, as RFC 7240 says).</summary>
    public static TimeSpan Wait(StringValues prefer)
    {
        foreach (var preference in prefer.SelectMany(v => (v ?? "").Split(',')))
        {
            var nameAndValue = preference.Split(';', 2)[0].Split('=', 2);
            if (nameAndValue is [var name, var value] && name.Trim().Equals("wait", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(value.Trim().Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            {
                return seconds >= MaxWait.TotalSeconds ? MaxWait : TimeSpan.FromSeconds(seconds);
            }
        }
        return TimeSpan.Zero;
    }
}
