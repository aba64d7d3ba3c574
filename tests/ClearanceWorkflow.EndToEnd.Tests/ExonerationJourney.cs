using System.Text.Json.Nodes;
using ClearanceWorkflow.TestSupport;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>The steps of an exoneration, as intake and investigators take them over HTTP.</summary>
public sealed class ExonerationJourney(ServiceFixture service, string caseNumber, string accessCode)
{
    /// <summary>How long before a return visit the test server sends its reminder.</summary>
    public static readonly TimeSpan ReminderBefore = TimeSpan.FromSeconds(20);

    /// <summary>How long after a return visit the test server records a no-show.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    /// <summary>The case number.</summary>
    public string CaseNumber { get; } = caseNumber;

    /// <summary>The applicant's access code for the public status.</summary>
    public string AccessCode { get; } = accessCode;

    /// <summary>An exoneration as intake opens it at the appointment.</summary>
    public static JsonObject Request(string? bookingNumber = "6012345", string? warrantNumber = null, DateTimeOffset? appointmentAt = null)
    {
        var body = ApiClient.SampleCase();
        body["service"] = "Exoneration";
        body["channel"] = "Appointment";
        body.Remove("clearance");
        body.Remove("payment");
        body["exoneration"] = new JsonObject
        {
            ["bookingNumber"] = bookingNumber,
            ["warrantNumber"] = warrantNumber,
            ["appointmentAt"] = (appointmentAt ?? DateTimeOffset.UtcNow).ToString("O"),
        };
        return body;
    }

    /// <summary>Opens an exoneration.</summary>
    public static async Task<ExonerationJourney> OpenAsync(ServiceFixture service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var created = await service.Api.OpenCaseAsync(Request());
        return new ExonerationJourney(service, (string)created["caseNumber"]!, (string)created["accessCode"]!);
    }

    /// <summary>No match, then an investigation that needs a return visit at <paramref name="visitAt"/>.</summary>
    public Task<JsonObject> ToReturnVisitAsync(DateTimeOffset visitAt) => ToReturnVisitAsync(() => visitAt);

    /// <summary>As <see cref="ToReturnVisitAsync(DateTimeOffset)"/>, the visit's time chosen as the investigation completes.</summary>
    public async Task<JsonObject> ToReturnVisitAsync(Func<DateTimeOffset> visitAt)
    {
        ArgumentNullException.ThrowIfNull(visitAt);
        await service.Api.SignalAsync(CaseNumber, "identity-verified", "investigator", new { result = "NoMatch" });
        await service.Api.WaitForStageAsync(CaseNumber, "Investigation");
        await service.Api.SignalAsync(CaseNumber, "investigation-completed", "investigator",
            new { result = "NeedsReturnVisit", returnVisitAt = visitAt() });
        return await service.Api.WaitForStageAsync(CaseNumber, "AwaitingReturnVisit");
    }

    /// <summary>Waits for the <paramref name="count"/>-th reminder on the case view and returns it.</summary>
    public async Task<JsonNode> WaitForReminderAsync(int count = 1)
    {
        var view = await service.Api.WaitForCaseAsync(CaseNumber,
            c => c["correspondence"]!.AsArray().Count(i => (string?)i!["kind"] == "ReturnVisitReminder") == count, $"reminder {count}");
        return CaseJourney.Item(view, "ReturnVisitReminder");
    }

    /// <summary>The visit recorded and final verification confirmed: the certificate waits for approval.</summary>
    public async Task<JsonObject> VisitAndVerifyAsync()
    {
        await WaitForExpectedAsync("return-visit-recorded");
        await service.Api.SignalAsync(CaseNumber, "return-visit-recorded", "investigator");
        await service.Api.WaitForStageAsync(CaseNumber, "FinalVerification");
        await service.Api.SignalAsync(CaseNumber, "final-verification-completed", "investigator", new { verified = true });
        return await service.Api.WaitForStageAsync(CaseNumber, "LetterApproval");
    }

    /// <summary>Waits until the case takes <paramref name="eventType"/> (it may be busy sending a reminder, say).</summary>
    public Task<JsonObject> WaitForExpectedAsync(string eventType) =>
        service.Api.WaitForCaseAsync(CaseNumber, c => c["expectedEvents"]!.AsArray().Any(e => (string?)e == eventType), $"expects {eventType}");

    /// <summary>The applicant's public status.</summary>
    public Task<JsonObject> PublicStatusAsync() =>
        ApiClientExtensions.GetJsonAsync(service, $"api/status/{CaseNumber}?accessCode={AccessCode}", role: null);

    /// <summary>The case's timeline entries.</summary>
    public async Task<JsonArray> TimelineAsync() =>
        (await ApiClientExtensions.GetJsonAsync(service, $"api/cases/{CaseNumber}/timeline", "auditor"))["entries"]!.AsArray();
}
