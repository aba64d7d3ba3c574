using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Workflows;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace ClearanceWorkflow.Service.Documents;

/// <summary>Lays out letters and notices on US Letter pages with PDFsharp.</summary>
public sealed class PdfCorrespondenceRenderer : ICorrespondenceRenderer
{
    private const double Margin = 54;

    static PdfCorrespondenceRenderer() => EmbeddedFontResolver.Install();

    /// <inheritdoc />
    public byte[] Render(CorrespondenceContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var document = new PdfDocument();
        document.Info.Title = $"{content.Subject} — {content.CaseNumber}";
        document.Info.Author = LetterTexts.Unit[0];
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(612);
        page.Height = XUnit.FromPoint(792);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var regular = new XFont(EmbeddedFontResolver.Family, 10.5);
            var bold = new XFont(EmbeddedFontResolver.Family, 12, XFontStyleEx.Bold);
            var width = page.Width.Point - (2 * Margin);
            var y = Margin;
            foreach (var line in LetterTexts.Unit)
            {
                gfx.DrawString(line, line == LetterTexts.Unit[0] ? bold : regular, XBrushes.Black, Margin, y);
                y += 14;
            }
            y += 18;
            gfx.DrawString(content.Date.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), regular, XBrushes.Black, Margin, y);
            y += 14;
            gfx.DrawString($"Case number: {content.CaseNumber}", regular, XBrushes.Black, Margin, y);
            y += 24;
            foreach (var line in new[] { content.RecipientName }.Concat(content.RecipientAddress))
            {
                gfx.DrawString(line, regular, XBrushes.Black, Margin, y);
                y += 14;
            }
            y += 18;
            gfx.DrawString(content.Subject, bold, XBrushes.Black, Margin, y);
            y += 20;
            var formatter = new XTextFormatter(gfx);
            foreach (var paragraph in content.Paragraphs)
            {
                var height = EstimateHeight(gfx, paragraph, regular, width);
                formatter.DrawString(paragraph, regular, XBrushes.Black, new XRect(Margin, y - 10, width, height + 14));
                y += height + 10;
            }
            if (content.VerificationCode is { } code)
            {
                y += 16;
                gfx.DrawString($"Verification code: {code}", bold, XBrushes.Black, Margin, y);
                y += 14;
                gfx.DrawString($"To check this letter, look up the code {code} with the Records and Identification Division.", regular, XBrushes.Black, Margin, y);
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static double EstimateHeight(XGraphics gfx, string text, XFont font, double width)
    {
        var lineHeight = font.GetHeight();
        var lines = 1;
        var current = 0.0;
        var space = gfx.MeasureString(" ", font).Width;
        foreach (var word in text.Split(' '))
        {
            var w = gfx.MeasureString(word, font).Width;
            if (current > 0 && current + space + w > width)
            {
                lines++;
                current = w;
            }
            else
            {
                current += (current > 0 ? space : 0) + w;
            }
        }
        return lines * lineHeight;
    }
}
