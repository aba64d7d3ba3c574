namespace ClearanceWorkflow.Service.Configuration;

/// <summary>Where the referral directory is (section <c>Referrals</c>).</summary>
public sealed class ReferralOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Referrals";

    /// <summary>The directory file: absolute, or relative to the binaries. The unit edits it without a build.</summary>
    public string DirectoryFile { get; init; } = ReferralDirectory.DefaultFile;
}
