using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Workflows;
using PdfSharp.Pdf;

namespace ClearanceWorkflow.Service.Documents;

/// <summary>Lays out letters and notices on US Letter pages with PDFsharp, continuing onto further pages as needed.</summary>
/// <param name="verificationAddress">The verification page's address, to which a letter's code is appended (<see cref="Configuration.PublicSiteOptions"/>).</param>
public sealed class PdfCorrespondenceRenderer(string verificationAddress) : ICorrespondenceRenderer
{
    static PdfCorrespondenceRenderer() => EmbeddedFontResolver.Install();

    /// <inheritdoc />
    public byte[] Render(CorrespondenceContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var document = new PdfDocument();
        document.Info.Title = $"{content.Subject} — {content.CaseNumber}";
        document.Info.Author = LetterTexts.Unit[0];
        using (var page = new PageWriter(document, $"Case number {content.CaseNumber}"))
        {
            foreach (var line in LetterTexts.Unit)
            {
                page.Line(line, line == LetterTexts.Unit[0] ? page.Bold : page.Regular);
            }
            page.Space(18);
            page.Line(content.Date.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), page.Regular);
            page.Line($"Case number: {content.CaseNumber}", page.Regular);
            page.Space(10);
            foreach (var line in content.RecipientAddress.Prepend(content.RecipientName))
            {
                page.Line(line, page.Regular);
            }
            page.Space(18);
            page.Line(content.Subject, page.Bold);
            page.Space(6);
            foreach (var paragraph in content.Paragraphs)
            {
                page.Paragraph(paragraph, page.Regular);
            }
            if (content.ApprovedBy is { } signatory)
            {
                page.Space(16);
                page.Line($"Approved by {signatory.Name}", page.Regular);
                page.Line(signatory.Title, page.Regular);
            }
            if (content.VerificationCode is { } code)
            {
                page.Space(16);
                page.Line($"Verification code: {code}", page.Bold);
                // The address on a line of its own, so it reads back whole; the QR code holds the same address.
                var address = verificationAddress + code;
                page.Paragraph("Anyone holding this letter can check that it is genuine and still valid, without an account, at:", page.Regular);
                page.Line(address, page.Regular);
                page.Space(6);
                page.QrCode(address, 96);
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
