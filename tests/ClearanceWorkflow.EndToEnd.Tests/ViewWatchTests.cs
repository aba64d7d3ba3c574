using System.Net;
using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>
/// A clerk who holds the case view (its ETag) need not poll it: the same tag back gets 304 while the view is current, and
/// with <c>Prefer: wait</c> the answer is held until the case changes, then is the new view.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ViewWatchTests(ServiceFixture service)
{
    private async Task<HttpResponseMessage> ReadAsync(string caseNumber, string? tag = null, string? prefer = null, string role = "supervisor")
    {
        var headers = new Dictionary<string, string>();
        if (tag is not null)
        {
            headers["If-None-Match"] = tag;
        }
        if (prefer is not null)
        {
            headers["Prefer"] = prefer;
        }
        return await service.Api.SendAsync(HttpMethod.Get, $"api/cases/{caseNumber}", role, headers: headers);
    }

    /// <summary>The tag of the view once the case has settled: a 304 after a wait of two seconds (a case just opened starts meanwhile).</summary>
    private async Task<string> SettledTagAsync(string caseNumber)
    {
        using var first = await ReadAsync(caseNumber);
        var tag = first.Headers.ETag?.ToString() ?? throw new InvalidOperationException("no ETag");
        var deadline = DateTime.UtcNow + Poll.DefaultTimeout;
        while (DateTime.UtcNow < deadline)
        {
            using var again = await ReadAsync(caseNumber, tag, "wait=2");
            if (again.StatusCode == HttpStatusCode.NotModified)
            {
                return tag;
            }
            tag = again.Headers.ETag!.ToString();
        }
        throw new TimeoutException($"case {caseNumber}: its view kept changing");
    }

    [Fact]
    public async Task A_reader_holding_the_view_is_told_it_is_current_and_a_waiting_reader_gets_the_change_when_it_happens()
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        var tag = await SettledTagAsync(n);

        // The same tag back: nothing changed, nothing sent.
        using (var current = await ReadAsync(n, tag))
        {
            Assert.Equal(HttpStatusCode.NotModified, current.StatusCode);
            Assert.Equal(tag, current.Headers.ETag?.ToString());
            Assert.Empty(await current.Content.ReadAsByteArrayAsync());
        }

        // Nothing happens to the case during a short wait: 304 once it ends.
        using (var quiet = await ReadAsync(n, tag, "wait=1"))
        {
            Assert.Equal(HttpStatusCode.NotModified, quiet.StatusCode);
            Assert.Equal("wait=1", quiet.Headers.GetValues("Preference-Applied").Single());
        }

        // A reader waits (up to 30 s); a scan arrives meanwhile: the answer is the view with the document, not a 304.
        var waiting = ReadAsync(n, tag, "wait=30");
        await service.Scanner.ScanAsync(n, "passport", "passport.pdf", ScanStation.Pdf("passport " + n));
        using var changed = await waiting;
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var view = JsonNode.Parse(await changed.Content.ReadAsStringAsync())!.AsObject();
        Assert.Single(view["documents"]!.AsArray());
        Assert.NotEqual(tag, changed.Headers.ETag?.ToString());

        // Each read is one audit record, the 304s included.
        var audited = (await ApiClientExtensions.GetJsonAsync(service, $"api/audit?caseNumber={n}&pageSize=500", "auditor"))["items"]!.AsArray()
            .Where(i => (string?)i!["route"] == "GetCase").Select(i => (int)i!["result"]!).ToList();
        Assert.True(audited.Count(r => r == 304) >= 2, $"audited GetCase results: {string.Join(", ", audited)}");

        // Another role's view is another representation with its own tag: the supervisor's tag is not current for it.
        using var mailroom = await ReadAsync(n, changed.Headers.ETag!.ToString(), role: "mailroom");
        Assert.Equal(HttpStatusCode.OK, mailroom.StatusCode);
        Assert.NotEqual(changed.Headers.ETag.ToString(), mailroom.Headers.ETag?.ToString());
    }

    [Theory]
    [InlineData("wait=abc")]
    [InlineData("wait=-5")]
    [InlineData("respond-async")]
    public async Task A_wait_asked_without_a_tag_or_in_a_form_not_understood_is_ignored(string prefer)
    {
        var journey = await CaseJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        var tag = await SettledTagAsync(n);
        // No tag: the view at once (there is nothing to wait for a change from).
        using (var untagged = await ReadAsync(n, prefer: "wait=30"))
        {
            Assert.Equal(HttpStatusCode.OK, untagged.StatusCode);
            Assert.Equal(tag, untagged.Headers.ETag?.ToString());
        }
        // Not understood: answered at once, as a plain conditional read.
        using var odd = await ReadAsync(n, tag, prefer);
        Assert.Equal(HttpStatusCode.NotModified, odd.StatusCode);
        Assert.False(odd.Headers.Contains("Preference-Applied"));
    }

    [Fact]
    public async Task A_tag_for_an_unknown_case_still_gets_404()
    {
        using var unknown = await ReadAsync("CL-2026-999999", "\"0123456789abcdef0123456789abcdef\"", "wait=5");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
