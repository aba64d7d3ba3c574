using ClearanceWorkflow.TestSupport;
using Microsoft.Playwright;

namespace ClearanceWorkflow.Console.Tests;

/// <summary>A member of staff at the console in a browser context of their own (their own tab storage).</summary>
public sealed class StaffBrowser : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private StaffBrowser(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    /// <summary>The tab.</summary>
    public IPage Page { get; }

    /// <summary>Opens a fresh browser context (a phone's viewport when asked) at the console.</summary>
    public static async Task<StaffBrowser> OpenAsync(ConsoleFixture fixture, string path = "", bool phone = false)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.ConsoleUrl + path);
        return new StaffBrowser(context, page);
    }

    /// <summary>Opens the console and signs in with the key of <paramref name="role"/>, by keyboard only.</summary>
    public static async Task<StaffBrowser> SignInAsync(ConsoleFixture fixture, string role)
    {
        var staff = await OpenAsync(fixture);
        var key = staff.Page.GetByLabel("API key");
        await key.FocusAsync();
        await staff.Page.Keyboard.TypeAsync(ServerProcess.Keys[role]);
        await staff.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(staff.Page.GetByText("Signed in as")).ToBeVisibleAsync();
        return staff;
    }

    /// <summary>Opens a case's page.</summary>
    public async Task OpenCaseAsync(string caseNumber)
    {
        await Page.GotoAsync($"{Page.Url.Split('#')[0]}#/case/{caseNumber}");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Case {caseNumber}" })).ToBeVisibleAsync();
    }

    /// <summary>The form of an event the case expects now.</summary>
    public ILocator Form(string label) => Page.GetByRole(AriaRole.Form, new() { Name = label, Exact = true });

    /// <summary>Keeps a screenshot of the page as test output.</summary>
    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsoleFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
