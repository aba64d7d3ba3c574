using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace ClearanceWorkflow.Console.Tests;

/// <summary>A clearance letter worked in the console by each role in turn, from the clerk's queue to the mailroom's "mailed".</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ClearanceLetterConsoleTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_clearance_letter_goes_from_the_clerks_queue_to_mailed_and_then_verifies()
    {
        var opened = await ApiSteps.OpenScannedCaseAsync(fixture);
        var caseNumber = (string)opened["caseNumber"]!;

        // Intake: the case is in the "being scanned" queue; scanning completed, then both documents accepted.
        await using (var intake = await StaffBrowser.SignInAsync(fixture, "intake"))
        {
            var page = intake.Page;
            await page.GetByRole(AriaRole.Button, new() { Name = "Being scanned" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = caseNumber })).ToBeVisibleAsync();
            await intake.ScreenshotAsync("queue");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "work queue");
            await page.GetByRole(AriaRole.Link, new() { Name = caseNumber }).ClickAsync();
            await intake.Form("Scanning completed").GetByRole(AriaRole.Button, new() { Name = "Scanning completed" }).ClickAsync();

            var review = intake.Form("Review the documents");
            await Expect(review).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).First.ClickAsync();
            await Expect(page.Locator("iframe.pdf")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^blob:"));
            await review.GetByLabel("Residency confirmed").SelectOptionAsync("true");
            await intake.ScreenshotAsync("case-page");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "case page");
            // No personal data in the address, nothing kept beyond this tab's session but the key.
            Assert.DoesNotContain("Lopez", page.Url, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
            await review.GetByRole(AriaRole.Button, new() { Name = "Review the documents" }).ClickAsync();
            await Expect(page.GetByText("Awaiting deposit")).ToBeVisibleAsync();
        }

        // Cashier: a deposit without its reference is refused, the reason beside the field; then deposited and cleared.
        await using (var cashier = await StaffBrowser.SignInAsync(fixture, "cashier"))
        {
            await cashier.OpenCaseAsync(caseNumber);
            var deposit = cashier.Form("Payment deposited");
            await deposit.GetByRole(AriaRole.Button, new() { Name = "Payment deposited" }).ClickAsync();
            await Expect(deposit.Locator("#event-payment-deposited-depositReference-error")).ToBeVisibleAsync();
            await Expect(deposit.GetByLabel("Deposit reference")).ToHaveAttributeAsync("aria-invalid", "true");
            await deposit.GetByLabel("Deposit reference").FillAsync("DEP-2026-11");
            await deposit.GetByRole(AriaRole.Button, new() { Name = "Payment deposited" }).ClickAsync();
            await cashier.Form("Payment cleared").GetByRole(AriaRole.Button, new() { Name = "Payment cleared" }).ClickAsync();
            await Expect(cashier.Page.GetByText("Records check", new() { Exact = true })).ToBeVisibleAsync();
        }

        await using (var records = await StaffBrowser.SignInAsync(fixture, "records"))
        {
            await records.OpenCaseAsync(caseNumber);
            var check = records.Form("Records checked");
            await check.GetByLabel("Result").SelectOptionAsync("NoRecord");
            await check.GetByRole(AriaRole.Button, new() { Name = "Records checked" }).ClickAsync();
            await Expect(records.Page.GetByText("Letter approval", new() { Exact = true })).ToBeVisibleAsync();
        }

        await using (var supervisor = await StaffBrowser.SignInAsync(fixture, "supervisor"))
        {
            await supervisor.OpenCaseAsync(caseNumber);
            await supervisor.Form("Approve the letter or certificate").GetByRole(AriaRole.Button).ClickAsync();
            await Expect(supervisor.Page.GetByText("Awaiting mailing", new() { Exact = true })).ToBeVisibleAsync();
        }

        // Mailroom: the letter is in the outbox; opened, saved (a real PDF naming the case), marked mailed.
        var approved = await fixture.Api.GetCaseAsync(caseNumber);
        var verificationCode = approved["correspondence"]!.AsArray().Select(c => (string?)c!["verificationCode"]).Single(c => c is not null)!;
        await using (var mailroom = await StaffBrowser.SignInAsync(fixture, "mailroom"))
        {
            var page = mailroom.Page;
            await page.GetByRole(AriaRole.Link, new() { Name = "Mailroom" }).ClickAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = caseNumber });
            await Expect(row).ToHaveCountAsync(1);
            await mailroom.ScreenshotAsync("outbox");
            await Accessibility.AssertNoSeriousViolationsAsync(page, "mailroom");
            await row.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Save" }).ClickAsync());
            var saved = Path.Combine(ConsoleFixture.ScreenshotFolder, caseNumber + "-letter.pdf");
            await download.SaveAsAsync(saved);
            using (var pdf = PdfDocument.Open(saved))
            {
                var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
                Assert.Contains(caseNumber, text, StringComparison.Ordinal);
                Assert.Contains(verificationCode, text, StringComparison.Ordinal);
            }
            await row.GetByRole(AriaRole.Button, new() { Name = "Mark mailed" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("marked mailed");
            await Expect(row).ToHaveCountAsync(0);
        }
        var closed = await fixture.Api.WaitForCaseAsync(caseNumber, c => (string?)c["status"] == "Closed", "closed");
        Assert.Equal("Issued", (string?)closed["outcome"]);

        // Anyone with the code verifies the letter.
        await using var visitor = await StaffBrowser.OpenAsync(fixture, "#/verify/" + verificationCode, phone: true);
        await Expect(visitor.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Valid");
        await Expect(visitor.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Maria Lopez");
        await visitor.ScreenshotAsync("verify-phone");
    }

    [Fact]
    public async Task A_case_page_shows_what_another_clerk_did_without_a_reload_by_watching_its_view()
    {
        var caseNumber = (string)(await ApiSteps.OpenScannedCaseAsync(fixture))["caseNumber"]!;
        await using var supervisor = await StaffBrowser.SignInAsync(fixture, "supervisor");
        var watched = new List<(string? Tag, string? Prefer)>();
        supervisor.Page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/cases/" + caseNumber, StringComparison.Ordinal))
            {
                lock (watched)
                {
                    watched.Add((request.Headers.GetValueOrDefault("if-none-match"), request.Headers.GetValueOrDefault("prefer")));
                }
            }
        };
        await supervisor.OpenCaseAsync(caseNumber);
        await Expect(supervisor.Form("Scanning completed")).ToBeVisibleAsync();

        // Intake completes the scanning elsewhere: the open page moves on by itself.
        await fixture.Api.SignalAsync(caseNumber, "scanning-completed", "intake");
        await Expect(supervisor.Form("Review the documents")).ToBeVisibleAsync();
        lock (watched)
        {
            // The page held its view's tag and asked to be answered when it changed.
            Assert.Contains(watched, r => r.Tag is { Length: > 0 } && r.Prefer == "wait=25");
        }
    }

    [Fact]
    public async Task A_refused_event_shows_why_the_case_cannot_take_it()
    {
        var caseNumber = await ApiSteps.ToRecordsCheckAsync(fixture);
        // One clerk holds both roles: who recorded the records check may not approve the letter.
        await using var senior = await StaffBrowser.SignInAsync(fixture, "senior");
        await senior.OpenCaseAsync(caseNumber);
        var check = senior.Form("Records checked");
        await check.GetByLabel("Result").SelectOptionAsync("NoRecord");
        await check.GetByRole(AriaRole.Button, new() { Name = "Records checked" }).ClickAsync();
        var approve = senior.Form("Approve the letter or certificate");
        // By keyboard: the button takes focus and Enter sends the form.
        await approve.GetByRole(AriaRole.Button).FocusAsync();
        await senior.Page.Keyboard.PressAsync("Enter");
        var alert = approve.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("The case cannot take this now.");
        await Expect(alert).ToContainTextAsync("Separation of duties");
        await senior.ScreenshotAsync("refused-event");
        var view = await fixture.Api.GetCaseAsync(caseNumber);
        Assert.Equal("LetterApproval", (string?)view["stage"]);
    }

    [Fact]
    public async Task The_mailroom_marks_a_selection_of_letters_mailed_at_once()
    {
        var first = await ApiSteps.ToAwaitingMailingAsync(fixture);
        var second = await ApiSteps.ToAwaitingMailingAsync(fixture);
        await using var mailroom = await StaffBrowser.SignInAsync(fixture, "mailroom");
        await mailroom.Page.GetByRole(AriaRole.Link, new() { Name = "Mailroom" }).ClickAsync();
        foreach (var caseNumber in new[] { first, second })
        {
            var row = mailroom.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = caseNumber });
            await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        }
        await mailroom.Page.GetByRole(AriaRole.Button, new() { Name = "Mark 2 selected mailed" }).ClickAsync();

        await Expect(mailroom.Page.GetByRole(AriaRole.Status).GetByText("marked mailed")).ToHaveCountAsync(2);
        foreach (var caseNumber in new[] { first, second })
        {
            var closed = await fixture.Api.WaitForCaseAsync(caseNumber, c => (string?)c["status"] == "Closed", "closed");
            Assert.Equal("Issued", (string?)closed["outcome"]);
        }
    }
}
