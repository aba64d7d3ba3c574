using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Console;

/// <summary>
/// The staff console and the public pages: static files embedded in this assembly (<c>Console/wwwroot</c>), served by
/// both hosts with headers that let the page run its own scripts and nothing else.
/// </summary>
public static class ConsoleAssets
{
    /// <summary>
    /// No inline script or style, nothing from another origin; previews are blob URLs made from the API's answers; the
    /// page cannot be framed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
        "frame-src blob:; object-src blob:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private const string Prefix = "Console/";

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".txt"] = "text/plain; charset=utf-8",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    /// <summary>The paths served (relative to the console's root), for tests.</summary>
    public static IEnumerable<string> Paths => Files.Keys;

    /// <summary>The file at <paramref name="path"/> under the console's root (empty: the page itself), or a 404.</summary>
    public static IResult Serve(string? path)
    {
        var key = string.IsNullOrEmpty(path) ? "index.html" : path;
        return Files.TryGetValue(key, out var content) && Types.TryGetValue(Path.GetExtension(key), out var type)
            ? new AssetResult(content, type)
            : Results.NotFound();
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(ConsoleAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[Prefix.Length..], n => Read(assembly, n), StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class AssetResult(byte[] content, string type) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var headers = httpContext.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // Revalidated on every load, so a deployment's new console is used at once.
            headers.CacheControl = "no-cache";
            httpContext.Response.ContentType = type;
            httpContext.Response.ContentLength = content.Length;
            await httpContext.Response.Body.WriteAsync(content, httpContext.RequestAborted);
        }
    }
}
