using System.Text.Json;
using ClearanceWorkflow.Core.Cases;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Configuration;

/// <summary>
/// The referral directory, read from a JSON file the unit edits without a build (setting <c>Referrals:DirectoryFile</c>,
/// default <c>referral-directory.json</c> beside the binaries). Read again whenever the file changes.
/// </summary>
public sealed class ReferralDirectory(string? configuredFile)
{
    /// <summary>The default file name.</summary>
    public const string DefaultFile = "referral-directory.json";

    private readonly Lock gate = new();
    private (DateTime Stamp, IReadOnlyList<ReferralAgency> Agencies)? cached;

    /// <summary>The file the directory is read from.</summary>
    public string FilePath
    {
        get
        {
            var file = string.IsNullOrWhiteSpace(configuredFile) ? DefaultFile : configuredFile;
            return Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
        }
    }

    /// <summary>Every agency of the directory.</summary>
    public IReadOnlyList<ReferralAgency> Agencies
    {
        get
        {
            var path = FilePath;
            var stamp = File.GetLastWriteTimeUtc(path);
            lock (gate)
            {
                if (cached is not { } current || current.Stamp != stamp)
                {
                    cached = (stamp, Read(path));
                }
                return cached.Value.Agencies;
            }
        }
    }

    /// <summary>The agencies a request for <paramref name="purpose"/> is referred to; never empty for a referred purpose.</summary>
    public IReadOnlyList<ReferralAgency> For(ClearancePurpose purpose)
    {
        var agencies = Agencies.Where(a => a.Purposes.Contains(purpose)).ToList();
        return agencies.Count > 0
            ? agencies
            : throw new InvalidOperationException($"The referral directory names no agency for {purpose}.");
    }

    private static IReadOnlyList<ReferralAgency> Read(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<DirectoryFile>(stream, CaseJson.Options)
            ?? throw new InvalidOperationException("The referral directory is empty.");
        return file.Agencies;
    }

    private sealed record DirectoryFile(IReadOnlyList<ReferralAgency> Agencies);
}
