using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClearanceWorkflow.TestSupport;

/// <summary>Talks to the contract over HTTP as the staff tools and the portal do.</summary>
/// <param name="baseAddress">The server's address.</param>
/// <param name="serverOutput">The server's last lines, added to the message of a wait that times out.</param>
public sealed class ApiClient(Uri baseAddress, Func<string>? serverOutput = null) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A sample clearance-letter request, as intake records it.</summary>
    public static JsonObject SampleCase() => JsonNode.Parse("""
        {
          "service": "ClearanceLetter",
          "channel": "Mail",
          "receivedOn": "2026-11-27",
          "applicant": {
            "givenName": "Maria", "familyName": "Lopez", "dateOfBirth": "1988-03-14",
            "address": { "line1": "200 N Spring St", "line2": null, "city": "Los Angeles", "state": "CA", "postalCode": "90012" }
          },
          "clearance": { "purpose": "ForeignTravel", "category": "UsCitizen", "destinationCountry": "Japan" },
          "payment": { "instrument": "MoneyOrder", "amount": 17.00, "number": "MO-5531", "payableTo": "LAPD" }
        }
        """)!.AsObject();

    /// <summary>Sends a request as <paramref name="role"/> (null: no credentials).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? role, string? body = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (role is not null)
        {
            request.Headers.Add("X-Api-Key", ServerProcess.Keys[role]);
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return await http.SendAsync(request);
    }

    /// <summary>Opens a case and returns the created view.</summary>
    public async Task<JsonObject> OpenCaseAsync(JsonObject? body = null, string? idempotencyKey = null)
    {
        var headers = idempotencyKey is null ? null : new Dictionary<string, string> { ["Idempotency-Key"] = idempotencyKey };
        using var response = await SendAsync(HttpMethod.Post, "api/cases", "intake", (body ?? SampleCase()).ToJsonString(), headers);
        return await ExpectAsync(response, 201);
    }

    /// <summary>The staff case view.</summary>
    public async Task<JsonObject> GetCaseAsync(string caseNumber)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/cases/{caseNumber}", "supervisor");
        return await ExpectAsync(response, 200);
    }

    /// <summary>Polls the case view until <paramref name="done"/> holds.</summary>
    public async Task<JsonObject> WaitForCaseAsync(string caseNumber, Func<JsonObject, bool> done, string what)
    {
        try
        {
            return await Poll.UntilAsync(() => GetCaseAsync(caseNumber), done, $"case {caseNumber}: {what}");
        }
        catch (TimeoutException e) when (serverOutput is not null)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}The server's last lines:{Environment.NewLine}{serverOutput()}", e);
        }
    }

    /// <summary>
    /// Reads the case view until <paramref name="done"/> holds, without polling: each read after the first sends the view's
    /// tag (<c>If-None-Match</c>) and asks the server to answer when it changes (<c>Prefer: wait=10</c>).
    /// </summary>
    public async Task<JsonObject> WatchCaseAsync(string caseNumber, Func<JsonObject, bool> done, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(done);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var limit = timeout ?? Poll.DefaultTimeout;
        string? tag = null;
        JsonObject? view = null;
        while (true)
        {
            var headers = tag is null ? null : new Dictionary<string, string> { ["If-None-Match"] = tag, ["Prefer"] = "wait=10" };
            using (var response = await SendAsync(HttpMethod.Get, $"api/cases/{caseNumber}", "supervisor", headers: headers))
            {
                if ((int)response.StatusCode != 304)
                {
                    view = await ExpectAsync(response, 200);
                    tag = response.Headers.ETag?.ToString() ?? throw new HttpRequestException("The case view came without an ETag.");
                    if (done(view))
                    {
                        return view;
                    }
                }
            }
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"case {caseNumber}: {what} not seen within {limit.TotalSeconds:0} s; last view: {view?.ToJsonString()}");
            }
        }
    }

    /// <summary>Polls until the case is in <paramref name="stage"/>.</summary>
    public Task<JsonObject> WaitForStageAsync(string caseNumber, string stage) =>
        WaitForCaseAsync(caseNumber, c => (string?)c["stage"] == stage, $"stage {stage}");

    /// <summary>Sends a staff event and expects 202.</summary>
    public async Task SignalAsync(string caseNumber, string eventType, string role, object? body = null)
    {
        using var response = await SendAsync(HttpMethod.Post, $"api/cases/{caseNumber}/events/{eventType}", role,
            body is null ? null : JsonSerializer.Serialize(body));
        await ExpectAsync(response, 202);
    }

    /// <summary>Reads a JSON body, failing with the body when the status is not <paramref name="status"/>.</summary>
    public static async Task<JsonObject> ExpectAsync(HttpResponseMessage response, int status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != status)
        {
            throw new HttpRequestException($"Expected {status} but got {(int)response.StatusCode}: {text}");
        }
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>A raw GET as <paramref name="role"/>.</summary>
    public Task<HttpResponseMessage> GetAsync(string path, string? role) => SendAsync(HttpMethod.Get, path, role);

    /// <inheritdoc />
    public void Dispose() => http.Dispose();
}
