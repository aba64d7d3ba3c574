using System.Text.Json;
using Azure.Data.Tables;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>A certificate to exonerate an arrest over HTTP on the real server: the return visit, its reminder, no-shows, outages.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ExonerationJourneyTests(ServiceFixture service)
{
    [Fact]
    public async Task A_return_visit_is_reminded_recorded_and_ends_in_a_certificate_that_verifies()
    {
        var journey = await ExonerationJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        Assert.StartsWith("EX-", n, StringComparison.Ordinal);
        var visitAt = DateTimeOffset.UtcNow.AddSeconds(26);
        var waiting = await journey.ToReturnVisitAsync(visitAt);
        Assert.Equal("Appointment", (string?)waiting["waitingOn"]);
        Assert.Equal(visitAt, waiting["returnVisitAt"]!.GetValue<DateTimeOffset>());
        var status = await journey.PublicStatusAsync();
        Assert.Equal(visitAt, status["returnVisitAt"]!.GetValue<DateTimeOffset>());
        Assert.Contains("Please come back", (string?)status["stageDescription"], StringComparison.Ordinal);

        var reminder = await journey.WaitForReminderAsync();
        var itemId = (string)reminder["itemId"]!;
        Assert.Contains("return visit", await new CaseJourney(service, n).ReadCorrespondenceAsync(itemId), StringComparison.Ordinal);
        await Poll.UntilAsync(() => ApiClientExtensions.GetJsonAsync(service, "api/outbox", "mailroom"),
            o => o["items"]!.AsArray().Any(i => (string?)i!["itemId"] == itemId), "the reminder in the outbox");
        await service.Api.SignalAsync(n, "correspondence-mailed", "mailroom", new { itemId });

        var approval = await journey.VisitAndVerifyAsync();
        var certificate = CaseJourney.Item(approval, "ExonerationCertificate");
        var text = await new CaseJourney(service, n).ReadCorrespondenceAsync((string)certificate["itemId"]!);
        Assert.Contains("6012345", text, StringComparison.Ordinal);
        Assert.Contains("is not the person arrested", text, StringComparison.Ordinal);
        await service.Api.SignalAsync(n, "letter-approved", "supervisor");
        await service.Api.WaitForStageAsync(n, "AwaitingMailing");
        var signed = await new CaseJourney(service, n).ReadCorrespondenceAsync((string)certificate["itemId"]!);
        Assert.Contains($"Approved by {ServerProcess.SignatoryName}", signed, StringComparison.Ordinal);
        Assert.Contains((string)certificate["verificationCode"]!, signed, StringComparison.Ordinal);
        Assert.Contains("6012345", signed, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), signed, StringComparison.Ordinal);
        var closed = await new CaseJourney(service, n).MailEverythingAsync();
        Assert.Equal("Exonerated", (string?)closed["outcome"]);

        var verified = await ApiClientExtensions.GetJsonAsync(service, $"api/verify/{(string)certificate["verificationCode"]!}", role: null);
        Assert.Equal(("Exoneration", "ExonerationCertificate", "Valid"),
            ((string?)verified["service"], (string?)verified["document"], (string?)verified["status"]));
        Assert.Contains("certificate", (string?)(await journey.PublicStatusAsync())["outcome"], StringComparison.Ordinal);

        var revoke = JsonSerializer.Serialize(new { verificationCode = (string)certificate["verificationCode"]!, reason = "obtained by deception" });
        await Poll.UntilAsync(async () =>
        {
            using var revoked = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/letter-revoked", "supervisor", revoke);
            return (int)revoked.StatusCode;
        }, code => code == 202, "the certificate revoked once the case has finished closing");
        var after = await ApiClientExtensions.GetJsonAsync(service, $"api/verify/{(string)certificate["verificationCode"]!}", role: null);
        Assert.Equal("Revoked", (string?)after["status"]);
    }

    [Fact]
    public async Task A_missed_visit_shows_as_a_no_show_in_the_investigators_queue_and_a_reschedule_brings_the_person_back()
    {
        var journey = await ExonerationJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        await journey.ToReturnVisitAsync(DateTimeOffset.UtcNow.AddSeconds(3));
        await journey.WaitForReminderAsync();

        var missed = await service.Api.WaitForCaseAsync(n, c => c["returnVisitMissed"]!.GetValue<bool>(), "the visit missed");
        Assert.Equal("AwaitingReturnVisit", (string?)missed["stage"]);
        Assert.Contains("missed", (string?)(await journey.PublicStatusAsync())["stageDescription"], StringComparison.Ordinal);
        var queue = await ApiClientExtensions.QueueAsync(service, "waitingOn=Appointment", "investigator");
        Assert.Contains(queue, i => (string?)i["caseNumber"] == n && i["appointmentAt"] is not null);

        var past = JsonSerializer.Serialize(new { returnVisitAt = DateTimeOffset.UtcNow.AddHours(-1) });
        using (var refused = await service.Api.SendAsync(HttpMethod.Post, $"api/cases/{n}/events/return-visit-rescheduled", "investigator", past))
        {
            Assert.NotNull((await ApiClient.ExpectAsync(refused, 400))["errors"]!["returnVisitAt"]);
        }
        var newVisit = DateTimeOffset.UtcNow.AddSeconds(8);
        await service.Api.SignalAsync(n, "return-visit-rescheduled", "investigator", new { returnVisitAt = newVisit });
        var rescheduled = await service.Api.WaitForCaseAsync(n,
            c => c["returnVisitAt"]?.GetValue<DateTimeOffset>() == newVisit && !c["returnVisitMissed"]!.GetValue<bool>(), "the new visit");
        Assert.Equal(1, (int?)rescheduled["reschedulesLeft"]);
        await journey.WaitForReminderAsync(count: 2);

        await journey.VisitAndVerifyAsync();
        var what = (await journey.TimelineAsync()).Select(e => (string?)e!["what"]).ToList();
        Assert.True(what.IndexOf("ReturnVisitMissed") < what.IndexOf("ReturnVisitRescheduled"));
        Assert.True(what.IndexOf("ReturnVisitRescheduled") < what.IndexOf("ReturnVisitRecorded"));
    }

    [Fact]
    public async Task A_reminder_that_falls_due_while_the_server_is_down_is_sent_after_it_restarts()
    {
        var journey = await ExonerationJourney.OpenAsync(service);
        var n = journey.CaseNumber;
        // The reminder falls due 20 s after the investigation completes (time to see the case wait and kill the server),
        // and 20 s before the visit: time for the restarted server to send it while the visit is still ahead.
        var visitAt = DateTimeOffset.MinValue;
        await journey.ToReturnVisitAsync(() => visitAt = DateTimeOffset.UtcNow.AddSeconds(40));
        var remindAt = visitAt - ExonerationJourney.ReminderBefore;

        await service.Server.KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        // Read from storage while nothing runs: what the case had done when the server died.
        Assert.True(killedAt < remindAt, $"The server was killed at {killedAt:O}, after the reminder fell due at {remindAt:O}: nothing to prove.");
        Assert.Empty(await StoredReminderAsync(n));
        await Poll.UntilAsync(() => Task.FromResult(DateTimeOffset.UtcNow), now => now > remindAt, "the reminder to fall due while down");
        var restartedAt = DateTimeOffset.UtcNow;
        await service.Server.StartAsync();

        var itemId = (string)(await journey.WaitForReminderAsync())["itemId"]!;
        await Poll.UntilAsync(() => ApiClientExtensions.GetJsonAsync(service, "api/outbox", "mailroom"),
            o => o["items"]!.AsArray().Any(i => (string?)i!["itemId"] == itemId), "the reminder in the outbox");
        var timeline = await Poll.UntilAsync(journey.TimelineAsync,
            t => t.Any(e => (string?)e!["what"] == "PlacedInOutbox" && ((string?)e["why"])!.Contains(itemId, StringComparison.Ordinal)),
            "the reminder placed in the outbox on the timeline");
        var placedAt = timeline.Single(e => (string?)e!["what"] == "PlacedInOutbox" && ((string?)e["why"])!.Contains(itemId, StringComparison.Ordinal))!["at"]!
            .GetValue<DateTimeOffset>();
        Assert.True(placedAt >= restartedAt, $"The reminder was placed at {placedAt:O}, before the server restarted at {restartedAt:O}.");
        await journey.VisitAndVerifyAsync();
    }

    /// <summary>The case's reminder rows in storage: its outbox rows and its timeline entries of a reminder.</summary>
    private async Task<List<string>> StoredReminderAsync(string caseNumber)
    {
        var found = new List<string>();
        await foreach (var row in new TableClient(service.ConnectionString, "Outbox").QueryAsync<TableEntity>(
            e => e.PartitionKey == "outbox" && e.RowKey.CompareTo(caseNumber + "_") > 0 && e.RowKey.CompareTo(caseNumber + "`") < 0))
        {
            found.Add($"outbox {row.RowKey}");
        }
        await foreach (var row in new TableClient(service.ConnectionString, "CaseTimeline").QueryAsync<TableEntity>(e => e.PartitionKey == caseNumber))
        {
            if (row.GetString("What") is "ReturnVisitReminderRendered" || row.GetString("Why")?.Contains("ReturnVisitReminder", StringComparison.Ordinal) == true)
            {
                found.Add($"timeline {row.GetString("What")}");
            }
        }
        return found;
    }

    [Fact]
    public async Task The_investigators_queue_lists_return_visits_in_the_order_they_fall()
    {
        var later = await ExonerationJourney.OpenAsync(service);
        await later.ToReturnVisitAsync(DateTimeOffset.UtcNow.AddMinutes(50));
        var sooner = await ExonerationJourney.OpenAsync(service);
        await sooner.ToReturnVisitAsync(DateTimeOffset.UtcNow.AddMinutes(40));

        var through = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        var queue = await ApiClientExtensions.GetJsonAsync(service, $"api/cases?waitingOn=Appointment&through={through}&pageSize=200", "investigator");
        var order = queue["items"]!.AsArray().Select(i => (string?)i!["caseNumber"]).ToList();
        Assert.True(order.IndexOf(sooner.CaseNumber) >= 0 && order.IndexOf(sooner.CaseNumber) < order.IndexOf(later.CaseNumber),
            $"Expected {sooner.CaseNumber} before {later.CaseNumber} in [{string.Join(", ", order)}]");
        var appointments = queue["items"]!.AsArray().Select(i => i!["appointmentAt"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(appointments.Order(), appointments);

        var until = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(45).ToString("O"));
        var earlier = await ApiClientExtensions.GetJsonAsync(service, $"api/cases?waitingOn=Appointment&through={until}&pageSize=200", "investigator");
        Assert.DoesNotContain(earlier["items"]!.AsArray(), i => (string?)i!["caseNumber"] == later.CaseNumber);
    }

    [Theory]
    [InlineData("neither number", "exoneration.bookingNumber")]
    [InlineData("an appointment in the past", "exoneration.appointmentAt")]
    [InlineData("an appointment ten minutes ago", "exoneration.appointmentAt")]
    [InlineData("an appointment that is not a time", "exoneration.appointmentAt")]
    [InlineData("a malformed booking number", "exoneration.bookingNumber")]
    [InlineData("a malformed warrant number", "exoneration.warrantNumber")]
    [InlineData("by mail", "channel")]
    public async Task A_bad_opening_is_a_400_naming_the_field_and_opens_nothing(string change, string field)
    {
        var body = change switch
        {
            "neither number" => ExonerationJourney.Request(bookingNumber: null),
            "an appointment in the past" => ExonerationJourney.Request(appointmentAt: DateTimeOffset.UtcNow.AddDays(-2)),
            "an appointment ten minutes ago" => ExonerationJourney.Request(appointmentAt: DateTimeOffset.UtcNow.AddMinutes(-10)),
            "a malformed booking number" => ExonerationJourney.Request(bookingNumber: "60 12345; drop"),
            "a malformed warrant number" => ExonerationJourney.Request(bookingNumber: null, warrantNumber: "BA/77<8812>"),
            _ => ExonerationJourney.Request(),
        };
        if (change == "by mail")
        {
            body["channel"] = "Mail";
        }
        if (change == "an appointment that is not a time")
        {
            body["exoneration"]!["appointmentAt"] = "next Tuesday at ten";
        }
        var key = $"exoneration-bad-{Guid.NewGuid():N}";
        var sentAt = DateTimeOffset.UtcNow;

        using (var response = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "intake", body.ToJsonString(),
            new Dictionary<string, string> { ["Idempotency-Key"] = key }))
        {
            Assert.NotNull((await ApiClient.ExpectAsync(response, 400))["errors"]![field]);
        }

        // The key was not spent: a good request under it opens a fresh case, not a replay.
        using var retried = await service.Api.SendAsync(HttpMethod.Post, "api/cases", "intake", ExonerationJourney.Request().ToJsonString(),
            new Dictionary<string, string> { ["Idempotency-Key"] = key });
        var opened = await ApiClient.ExpectAsync(retried, 201);
        Assert.False(retried.Headers.Contains("Idempotent-Replayed"));
        var n = (string)opened["caseNumber"]!;
        Assert.Equal("6012345", (string?)(await service.Api.WaitForStageAsync(n, "IdentityVerification"))["exoneration"]!["bookingNumber"]);
        // Once the index lists the good case, it is the only exoneration opened since the bad request was sent.
        var since = await Poll.UntilAsync(() => ExonerationsOpenedSinceAsync(sentAt), s => s.Contains(n), "the new case in the intake index");
        Assert.Equal([n], since);
    }

    /// <summary>The open exonerations of the intake index (the work queue) opened at or after <paramref name="since"/>.</summary>
    private async Task<List<string>> ExonerationsOpenedSinceAsync(DateTimeOffset since) =>
        (await ApiClientExtensions.QueueAsync(service, "service=Exoneration", "investigator"))
            .Where(i => i["openedAt"]!.GetValue<DateTimeOffset>() >= since)
            .Select(i => (string)i["caseNumber"]!).ToList();
}
