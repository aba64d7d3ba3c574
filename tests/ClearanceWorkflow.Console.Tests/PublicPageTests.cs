using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace ClearanceWorkflow.Console.Tests;

/// <summary>The applicant's status page and letter verification, without sign-in, on a phone.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PublicPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task An_applicant_finds_the_status_with_the_number_and_code_and_nothing_with_a_wrong_code()
    {
        var opened = await fixture.Api.OpenCaseAsync();
        var caseNumber = (string)opened["caseNumber"]!;
        await using var applicant = await StaffBrowser.OpenAsync(fixture, "#/status", phone: true);
        var page = applicant.Page;

        await page.GetByLabel("Case number").FillAsync(caseNumber);
        await page.GetByLabel("Access code").FillAsync("WRONG-CODE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("No request matches");

        await page.GetByLabel("Access code").FillAsync((string)opened["accessCode"]!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Clearance letter");
        // The code went in the call, never into the page's address; nothing is kept in the browser.
        Assert.DoesNotContain((string)opened["accessCode"]!, page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the status page scrolls sideways on a phone");
        await applicant.ScreenshotAsync("public-status-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "status page");
    }

    [Fact]
    public async Task Verification_by_link_answers_for_an_unknown_code_and_the_page_is_accessible()
    {
        await using var visitor = await StaffBrowser.OpenAsync(fixture, "#/verify/ZZZZZZZZ", phone: true);
        await Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("No letter or certificate has this code");
        await Expect(visitor.Page.GetByLabel("Verification code")).ToHaveValueAsync("ZZZZZZZZ");
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page, "verification page");
    }

    [Fact]
    public async Task The_console_is_served_with_a_policy_that_allows_no_inline_script()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(fixture.ConsoleUrl));
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);

        // The policy holds in the browser: the page renders (its scripts run) and the browser reports no violation.
        await using var visitor = await StaffBrowser.OpenAsync(fixture);
        var violations = new List<string>();
        visitor.Page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { violations.Add(message.Text); } };
        await visitor.Page.ReloadAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "Staff sign-in" })).ToBeVisibleAsync();
        Assert.Empty(violations);
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page, "sign-in page");
        Assert.Contains("/console/", (await http.GetAsync(fixture.Server.BaseAddress)).RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }
}
