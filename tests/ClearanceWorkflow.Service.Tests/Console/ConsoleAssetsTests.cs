using System.Text.RegularExpressions;
using ClearanceWorkflow.Service.Console;
using ClearanceWorkflow.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClearanceWorkflow.Service.Tests.Console;

public sealed partial class ConsoleAssetsTests
{
    [Fact]
    public async Task The_page_is_served_with_its_security_headers_and_no_cache()
    {
        var (status, headers, body) = await ServeAsync("");

        Assert.Equal(200, status);
        Assert.Equal("text/html; charset=utf-8", headers.ContentType);
        Assert.Equal(ConsoleAssets.ContentSecurityPolicy, headers.ContentSecurityPolicy);
        Assert.Equal("nosniff", headers.XContentTypeOptions);
        Assert.Equal("no-referrer", headers["Referrer-Policy"]);
        Assert.Contains("<script type=\"module\" src=\"app.js\">", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nothing.js")]
    [InlineData("../ClearanceWorkflow.Service.dll")]
    [InlineData("Fonts.DejaVuSans.ttf")]
    public async Task Anything_but_the_consoles_own_files_is_not_found(string path) =>
        Assert.Equal(404, (await ServeAsync(path)).Status);

    [Fact]
    public void The_page_and_scripts_hold_no_inline_script_handler_or_eval()
    {
        foreach (var path in ConsoleAssets.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) || (p.EndsWith(".js", StringComparison.Ordinal) && !p.StartsWith("lib/", StringComparison.Ordinal))))
        {
            var text = File.ReadAllText(Source(path));
            Assert.DoesNotMatch(InlineScript(), text);
            Assert.DoesNotMatch(Unsafe(), text);
        }
    }

    [Fact]
    public void The_served_library_is_the_npm_package_the_project_pins()
    {
        // package.json pins htm; its standalone module (htm with Preact) is served as is.
        var pinned = File.ReadAllBytes(System.IO.Path.Combine(RepositoryRoot.Path, "node_modules", "htm", "preact", "standalone.module.js"));
        Assert.Equal(pinned, File.ReadAllBytes(Source("lib/htm-preact-standalone.js")));
        Assert.Contains("\"htm\": \"3.1.1\"", File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "package.json")), StringComparison.Ordinal);
    }

    private static string Source(string path) =>
        System.IO.Path.Combine(RepositoryRoot.Path, "functions", "ClearanceWorkflow.Service", "Console", "wwwroot", path);

    private static async Task<(int Status, IHeaderDictionary Headers, string Body)> ServeAsync(string path)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await ConsoleAssets.Serve(path).ExecuteAsync(context);
        return (context.Response.StatusCode, context.Response.Headers, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    // A script element without src, or an on…= handler attribute in markup.
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\beval\(|new Function\(|innerHTML|document\.write|localStorage\.setItem")]
    private static partial Regex Unsafe();
}
