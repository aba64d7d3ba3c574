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
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Invalid("body", $"The body is not valid JSON: {e.Message}"));
        }
    }

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
