using ClearanceWorkflow.Core.Cases;
using Microsoft.Extensions.Configuration;

namespace ClearanceWorkflow.Service.Identity;

/// <summary>One entry of the unit's list of signatories (section <c>Staff:Signatories</c>).</summary>
public sealed class SignatoryEntry
{
    /// <summary>The staff id the host proves (an API key's staff id, or an Entra object id).</summary>
    public string StaffId { get; init; } = "";
    /// <summary>The name as printed on a letter.</summary>
    public string Name { get; init; } = "";
    /// <summary>The title as printed under it.</summary>
    public string Title { get; init; } = "";
}

/// <summary>
/// Who signs the unit's letters and certificates, with the name and title printed on them. Configuration, not the caller's
/// word: a supervisor cannot sign as someone else. Read on every approval, so an edit takes effect without a restart.
/// </summary>
public sealed class SignatoryDirectory(IConfiguration configuration)
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Staff:Signatories";

    /// <summary>The signatory of <paramref name="staffId"/>, or null when the list does not name them with a name and title.</summary>
    public Signatory? For(string staffId)
    {
        var entry = (configuration.GetSection(Section).Get<List<SignatoryEntry>>() ?? [])
            .FirstOrDefault(e => string.Equals(e.StaffId, staffId, StringComparison.Ordinal));
        return entry is null || string.IsNullOrWhiteSpace(entry.Name) || string.IsNullOrWhiteSpace(entry.Title)
            ? null
            : new Signatory(entry.Name.Trim(), entry.Title.Trim());
    }
}
