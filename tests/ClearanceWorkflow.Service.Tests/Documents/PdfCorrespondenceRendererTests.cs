using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Domain;
using ClearanceWorkflow.Service.Documents;
using UglyToad.PdfPig;

namespace ClearanceWorkflow.Service.Tests.Documents;

public sealed class PdfCorrespondenceRendererTests
{
    private const string VerificationAddress = "https://records.example.org/console/#/verify/";

    private static readonly CorrespondenceContent Letter = new(
        "CL-2026-7K3M9Q",
        CorrespondenceKind.ClearanceLetter,
        new DateOnly(2026, 12, 3),
        "Maria Lopez",
        ["200 N Spring St", "Los Angeles, CA 90012"],
        "Clearance letter",
        [
            "To whom it may concern:",
            "A search of the records of the Los Angeles Police Department was made for Maria Lopez, born 1988-03-14, "
            + "and no record of arrest was found.",
            "This letter is issued at the request of the person named above for the purpose of foreign travel only. "
            + "This letter is issued for presentation to the government of Japan.",
        ],
        "V7K3-M9QX-2HNP");

    [Fact]
    public void A_rendered_letter_reads_back_with_its_case_recipient_paragraphs_and_verification_code()
    {
        var text = TextOf(new PdfCorrespondenceRenderer(VerificationAddress).Render(Letter));

        Assert.Contains("CL-2026-7K3M9Q", text, StringComparison.Ordinal);
        Assert.Contains("Maria Lopez", text, StringComparison.Ordinal);
        Assert.Contains("Los Angeles, CA 90012", text, StringComparison.Ordinal);
        Assert.Contains("December 3, 2026", text, StringComparison.Ordinal);
        Assert.Contains("Clearance letter", text, StringComparison.Ordinal);
        Assert.Contains("Verification code: V7K3-M9QX-2HNP", text, StringComparison.Ordinal);
        // The verification address, whole, with the letter's code: what the QR code beside it holds.
        Assert.Contains(VerificationAddress + "V7K3-M9QX-2HNP", text, StringComparison.Ordinal);
        Assert.Contains("Records and Identification Division", text, StringComparison.Ordinal);
        foreach (var word in Letter.Paragraphs.SelectMany(p => p.Split(' ')))
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_notice_without_a_verification_code_prints_none()
    {
        var notice = Letter with { Kind = CorrespondenceKind.DeficiencyNotice, Subject = "Items needed", VerificationCode = null };

        var text = TextOf(new PdfCorrespondenceRenderer(VerificationAddress).Render(notice));

        Assert.Contains("Items needed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Verification code", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rendered_letter_is_a_one_page_pdf_titled_with_its_case_number()
    {
        var pdf = new PdfCorrespondenceRenderer(VerificationAddress).Render(Letter);

        Assert.Equal("application/pdf", ScanContent.Sniff(pdf));
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("CL-2026-7K3M9Q", document.Information.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_notice_continues_onto_further_pages_with_nothing_lost_and_every_page_numbered()
    {
        var items = Enumerable.Range(1, 80).Select(i => $"- item {i}: a replacement for the document we could not accept, number {i}").ToList();
        var notice = Letter with { Kind = CorrespondenceKind.DeficiencyNotice, Subject = "Items needed", Paragraphs = items, VerificationCode = null };

        using var document = PdfDocument.Open(new PdfCorrespondenceRenderer(VerificationAddress).Render(notice));

        Assert.True(document.NumberOfPages > 1);
        var text = string.Join(' ', document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
        Assert.All(Enumerable.Range(1, 80), i => Assert.Contains($"number {i} ", text + " ", StringComparison.Ordinal));
        foreach (var page in document.GetPages())
        {
            var words = string.Join(' ', page.GetWords().Select(word => word.Text));
            Assert.Contains($"page {page.Number}", words, StringComparison.Ordinal);
            Assert.All(page.GetWords(), word => Assert.True(word.BoundingBox.Bottom > 0, "text runs off the bottom of the page"));
        }
    }

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        // Words joined by single spaces, so a phrase matches whatever line it was wrapped onto.
        return string.Join(' ', document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
    }
}
