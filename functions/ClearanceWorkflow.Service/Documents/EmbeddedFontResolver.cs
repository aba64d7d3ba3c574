using PdfSharp.Fonts;

namespace ClearanceWorkflow.Service.Documents;

/// <summary>Serves the embedded DejaVu Sans to PDFsharp, so rendering needs no fonts installed on the machine.</summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The family name letters use.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver once per process.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    /// <inheritdoc />
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", mustSimulateBold: false, mustSimulateItalic: italic);

    /// <inheritdoc />
    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
