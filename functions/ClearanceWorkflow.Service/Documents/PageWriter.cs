using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ClearanceWorkflow.Service.Documents;

/// <summary>Writes lines top to bottom, wrapping paragraphs and starting a new page (with a footer) when one fills up.</summary>
internal sealed class PageWriter : IDisposable
{
    private const double Margin = 54;
    private const double PageWidth = 612;
    private const double PageHeight = 792;
    private const double FooterSpace = 36;

    private readonly PdfDocument document;
    private readonly string footer;
    private XGraphics? graphics;
    private double y;
    private int pages;

    public PageWriter(PdfDocument document, string footer)
    {
        this.document = document;
        this.footer = footer;
        NewPage();
    }

    public XFont Regular { get; } = new(EmbeddedFontResolver.Family, 10.5);

    public XFont Bold { get; } = new(EmbeddedFontResolver.Family, 12, XFontStyleEx.Bold);

    private static double TextWidth => PageWidth - (2 * Margin);

    /// <summary>One line of text, on a new page if this one is full.</summary>
    public void Line(string text, XFont font)
    {
        var height = font.GetHeight() + 3;
        if (y + height > PageHeight - Margin - FooterSpace)
        {
            NewPage();
        }
        graphics!.DrawString(text, font, XBrushes.Black, Margin, y);
        y += height;
    }

    /// <summary>A paragraph wrapped to the text width, followed by a little space.</summary>
    public void Paragraph(string text, XFont font)
    {
        foreach (var line in Wrap(text, font))
        {
            Line(line, font);
        }
        Space(6);
    }

    /// <summary>
    /// A QR code of <paramref name="text"/>, <paramref name="size"/> points wide, drawn as squares (QRCoder computes the
    /// modules, with its quiet zone): sharp at any print size, no image to decode.
    /// </summary>
    public void QrCode(string text, double size)
    {
        if (y + size > PageHeight - Margin - FooterSpace)
        {
            NewPage();
        }
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var cell = size / modules.Count;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    graphics!.DrawRectangle(XBrushes.Black, Margin + (column * cell), y + (row * cell), cell, cell);
                }
            }
        }
        y += size;
    }

    /// <summary>Vertical space.</summary>
    public void Space(double points) => y += points;

    public void Dispose() => graphics?.Dispose();

    private IEnumerable<string> Wrap(string text, XFont font)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && graphics!.MeasureString(candidate, font).Width > TextWidth)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        graphics = XGraphics.FromPdfPage(page);
        pages++;
        y = Margin;
        var small = new XFont(EmbeddedFontResolver.Family, 8);
        graphics.DrawString($"{footer} — page {pages}", small, XBrushes.Gray, Margin, PageHeight - Margin);
    }
}
