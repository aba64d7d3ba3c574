namespace ClearanceWorkflow.Service.Documents;

/// <summary>Judges a scan by its content (its first bytes), never by its name.</summary>
public static class ScanContent
{
    /// <summary>The largest scan accepted: 20 MiB.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>The media type of <paramref name="head"/> when it is a PDF, TIFF, JPEG or PNG; otherwise null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return "image/tiff";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }
        return null;
    }
}
