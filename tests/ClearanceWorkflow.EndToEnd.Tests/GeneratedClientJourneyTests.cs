using ClearanceWorkflow.Client;
using ClearanceWorkflow.Client.Api.Cases.Item.Events.CorrespondenceMailed;
using ClearanceWorkflow.Client.Api.Cases.Item.Events.DocumentsReviewed;
using ClearanceWorkflow.Client.Api.Cases.Item.Events.PaymentDeposited;
using ClearanceWorkflow.Client.Api.Cases.Item.Events.RecordsChecked;
using ClearanceWorkflow.Client.Models;
using ClearanceWorkflow.TestSupport;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UglyToad.PdfPig;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>
/// A whole clearance letter driven through the C# client Kiota generated from the OpenAPI document: what a portal team
/// or a staff tool's team would write, with nothing of this repository but the document.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class GeneratedClientJourneyTests(ServiceFixture service)
{
    [Fact]
    public async Task A_clearance_letter_from_opening_to_mailed_and_verified_through_the_generated_client()
    {
        var intake = ClientFor("intake");
        var opened = await intake.Api.Cases.PostAsync(new OpenCaseRequest
        {
            Service = ServiceKind.ClearanceLetter,
            Channel = IntakeChannel.Mail,
            ReceivedOn = new Date(DateTime.UtcNow.Date),
            Applicant = new Applicant
            {
                GivenName = "Ana", FamilyName = "Ruiz", DateOfBirth = new Date(1990, 5, 17),
                Address = new Address { Line1 = "100 W 1st St", City = "Los Angeles", State = "CA", PostalCode = "90012" },
            },
            Clearance = new ClearanceRequest { Purpose = ClearancePurpose.ForeignTravel, Category = ApplicantCategory.UsCitizen, DestinationCountry = "Japan" },
            Payment = new PaymentInstrument { Instrument = PaymentInstrumentKind.MoneyOrder, Amount = 17.00, Number = "MO-77", PayableTo = "LAPD" },
        });
        var caseNumber = opened!.CaseNumber!;
        Assert.Equal(CaseStage.AwaitingScans, opened.Stage);

        await service.Scanner.ScanAsync(caseNumber, "passport", "passport.pdf", ScanStation.Pdf("passport " + caseNumber));
        await service.Scanner.ScanAsync(caseNumber, "driver-license", "licence.pdf", ScanStation.Pdf("licence " + caseNumber));
        var scanned = await WaitAsync(intake, caseNumber, c => c.Documents!.Count == 2, "the scans");
        await intake.Api.Cases[caseNumber].Events.ScanningCompleted.PostAsync(new EventEnvelope { EventId = "gen-1" });
        await WaitAsync(intake, caseNumber, c => c.Stage == CaseStage.DocumentReview, "document review");
        await intake.Api.Cases[caseNumber].Events.DocumentsReviewed.PostAsync(new DocumentsReviewedPostRequestBody
        {
            EventId = "gen-2",
            ResidencyConfirmed = true,
            Verdicts = [.. scanned.Documents!.Select(d => new DocumentsReviewedPostRequestBody_verdicts { DocumentId = d.DocumentId, Accepted = true })],
        });
        await WaitAsync(intake, caseNumber, c => c.Stage == CaseStage.AwaitingDeposit, "the deposit");

        var cashier = ClientFor("cashier");
        await cashier.Api.Cases[caseNumber].Events.PaymentDeposited.PostAsync(new PaymentDepositedPostRequestBody { EventId = "gen-3", DepositReference = "DEP-9" });
        await WaitAsync(intake, caseNumber, c => c.Stage == CaseStage.AwaitingClearance, "clearing");
        await cashier.Api.Cases[caseNumber].Events.PaymentCleared.PostAsync(new EventEnvelope { EventId = "gen-4" });
        await WaitAsync(intake, caseNumber, c => c.Stage == CaseStage.RecordsCheck, "the records check");

        await ClientFor("records").Api.Cases[caseNumber].Events.RecordsChecked.PostAsync(
            new RecordsCheckedPostRequestBody { EventId = "gen-5", Result = RecordsCheckedPostRequestBody_result.NoRecord });
        await WaitAsync(intake, caseNumber, c => c.Stage == CaseStage.LetterApproval, "approval");
        await ClientFor("supervisor").Api.Cases[caseNumber].Events.LetterApproved.PostAsync(new EventEnvelope { EventId = "gen-6" });

        var mailroom = ClientFor("mailroom");
        var outbox = await Poll.UntilAsync(() => mailroom.Api.Outbox.GetAsync()!, o => o!.Items!.Any(i => i.CaseNumber == caseNumber), "the letter in the outbox");
        var item = outbox!.Items!.Single(i => i.CaseNumber == caseNumber);
        string letterText;
        await using (var pdf = await mailroom.Api.Cases[caseNumber].Correspondence[item.ItemId!].GetAsync())
        {
            using var copy = new MemoryStream();
            await pdf!.CopyToAsync(copy);
            using var letter = PdfDocument.Open(copy.ToArray());
            letterText = string.Join("\n", letter.GetPages().Select(p => string.Join("\n", p.GetWords().Select(w => w.Text))));
        }
        Assert.Contains(caseNumber, letterText, StringComparison.Ordinal);
        // The page's own words for it.
        Assert.Contains("good\nconduct", letterText, StringComparison.Ordinal);
        await mailroom.Api.Cases[caseNumber].Events.CorrespondenceMailed.PostAsync(new CorrespondenceMailedPostRequestBody { EventId = "gen-7", ItemId = item.ItemId });
        var closed = await WaitAsync(intake, caseNumber, c => c.Status == CaseState.Closed, "closed");
        Assert.Equal(CaseOutcome.Issued, closed.Outcome);

        // The letter prints the public verification address with its code: read back from the PDF, it verifies the letter
        // with no credentials. A refusal comes back as the document's problem details.
        var address = System.Text.RegularExpressions.Regex.Match(letterText, @"https?://\S+#/verify/(?<code>[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");
        Assert.True(address.Success, "the letter prints no verification address");
        var code = address.Groups["code"].Value;
        Assert.Equal(closed.Correspondence!.Single(c => c.VerificationCode is not null).VerificationCode, code);
        var anyone = ClientFor(null);
        var verified = await anyone.Api.Verify[code].GetAsync();
        Assert.Equal("Valid", verified!.Status);
        Assert.Equal("Ana Ruiz", verified.HolderName);
        var refused = await Assert.ThrowsAsync<ProblemDetails>(() => anyone.Api.Cases[caseNumber].GetAsync());
        Assert.Equal(401, refused.Status);
    }

    private ClearanceApiClient ClientFor(string? role)
    {
        IAuthenticationProvider authentication = role is null
            ? new AnonymousAuthenticationProvider()
            : new LoopbackApiKey(ServerProcess.Keys[role]);
        return new ClearanceApiClient(new HttpClientRequestAdapter(authentication) { BaseUrl = service.Server.BaseAddress.ToString().TrimEnd('/') });
    }

    // Kiota's own API key provider refuses plain HTTP; the test server listens on loopback only, so the key is added here.
    private sealed class LoopbackApiKey(string key) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            Assert.True(request.URI.IsLoopback, "an API key goes over plain HTTP to loopback only");
            request.Headers.Add("X-Api-Key", key);
            return Task.CompletedTask;
        }
    }

    private static async Task<CaseView> WaitAsync(ClearanceApiClient client, string caseNumber, Func<CaseView, bool> done, string what) =>
        (await Poll.UntilAsync(() => client.Api.Cases[caseNumber].GetAsync()!, c => c is not null && done(c), what))!;
}
