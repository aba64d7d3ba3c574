using System.Text.Json;
using ClearanceWorkflow.Core.Cases;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Http;

/// <summary>Reads JSON bodies, turning every parse failure into a 400 that names the field.</summary>
public static class RequestBody
{
    /// <summary>The largest body accepted.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The body as a JSON element, or a problem.</summary>
    public static async Task<(JsonElement? Body, IResult? Problem)> ReadAsync(HttpRequest request, bool required)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Refused by the length it declares, or by what it turns out to hold, before more than the limit is read.
        var tooLarge = Problems.Invalid("body", $"The body is larger than {MaxBytes / 1024} KiB.");
        if (request.ContentLength > MaxBytes)
        {
            return (null, tooLarge);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, tooLarge);
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return required ? (null, Problems.Invalid("body", "A JSON body is required.")) : (null, null);
        }
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Problems.Invalid("body", "The body must be a JSON object."));
            }
            if (UnprintableText(document.RootElement, "") is { } field)
            {
                return (null, Problems.Invalid(field, "Text may not hold control characters (but a line break) or bidirectional formatting characters."));
            }
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Invalid("body", $"The body is not valid JSON: {e.Message}"));
        }
    }

    /// <summary>
    /// The first field (as a path, <c>applicant.givenName</c>) whose text holds a control character other than a line break,
    /// or a bidirectional formatting character (which can make a letter or a log read other than it is); null if none.
    /// </summary>
    public static string? UnprintableText(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!.Any(Unprintable) ? (path.Length == 0 ? "body" : path) : null,
        JsonValueKind.Object => element.EnumerateObject()
            .Select(p => UnprintableText(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}")).FirstOrDefault(f => f is not null),
        JsonValueKind.Array => element.EnumerateArray()
            .Select((item, i) => UnprintableText(item, $"{path}[{i}]")).FirstOrDefault(f => f is not null),
        _ => null,
    };

    private static bool Unprintable(char c) =>
        (char.IsControl(c) && c != '\n') || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Binds <paramref name="body"/> to <typeparamref name="T"/>, or a problem naming the field that did not fit.</summary>
    public static (T? Value, IResult? Problem) Bind<T>(JsonElement body) where T : class
    {
        var (value, problem) = Bind(body, typeof(T));
        return ((T?)value, problem);
    }

    /// <summary>Binds <paramref name="body"/> to <paramref name="type"/>, or a problem naming the field that did not fit.</summary>
    public static (object? Value, IResult? Problem) Bind(JsonElement body, Type type)
    {
        try
        {
            return (body.Deserialize(type, CaseJson.Options), null);
        }
        catch (JsonException e)
        {
            var field = (e.Path ?? "$").TrimStart('$').TrimStart('.');
            return (null, Problems.Invalid(field.Length == 0 ? "body" : field, $"The value of {(field.Length == 0 ? "the body" : field)} is not valid."));
        }
    }
}
