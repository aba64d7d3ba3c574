namespace ClearanceWorkflow.Service.Configuration;

/// <summary>Where the public pages are, as printed on letters (section <c>PublicSite</c>).</summary>
public sealed class PublicSiteOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "PublicSite";

    /// <summary>
    /// The verification page's address, to which a letter's code is appended: printed on every letter and certificate,
    /// and encoded in its QR code. The self-hosted console's by default; in Azure, the Function app's.
    /// </summary>
    public string VerificationAddress { get; init; } = "http://127.0.0.1:7071/console/#/verify/";
}
