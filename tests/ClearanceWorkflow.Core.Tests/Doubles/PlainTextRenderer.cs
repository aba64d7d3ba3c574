using System.Text;
using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Core.Tests.Doubles;

/// <summary>Renders an item as plain text, so a test can read back what a letter says without a PDF reader.</summary>
public sealed class PlainTextRenderer : ICorrespondenceRenderer
{
    public byte[] Render(CorrespondenceContent content)
    {
        var lines = new List<string> { content.CaseNumber, content.Kind.ToString(), content.RecipientName, content.Subject };
        lines.AddRange(content.Paragraphs);
        lines.Add($"Dated {content.Date:yyyy-MM-dd}");
        if (content.ApprovedBy is { } signatory)
        {
            lines.Add($"Approved by {signatory.Name}, {signatory.Title}");
        }
        if (content.VerificationCode is { } code)
        {
            lines.Add($"Verification code: {code}");
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
