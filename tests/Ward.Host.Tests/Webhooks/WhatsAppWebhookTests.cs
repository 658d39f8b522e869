using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Ward.Storage.Audit;

namespace Ward.Host.Tests.Webhooks;

public sealed class WhatsAppWebhookTests
{
    private const string UsPatient = "15550100123";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Emergency_SignedUsPatient_Replies911AndPagesWithoutPhi(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());
        const string text = "my chest hurts really bad and my left arm went numb";

        var response = await ward.Http.SendAsync(
            ProviderPayloads.WhatsAppRequest(ProviderPayloads.WhatsAppText(UsPatient, text)));
        var replies = await ward.Providers.WaitForAsync(r => r.Kind == "whatsapp");
        var pages = await ward.Providers.WaitForAsync(r => r.Kind is "sms" or "pagerduty", 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(replies);
        Assert.Contains("911", reply.Body);
        Assert.Contains($"\"to\":\"{UsPatient}\"", reply.Body);
        Assert.Equal("Bearer " + TestPractices.UsAccessToken, reply.Headers["Authorization"]);
        Assert.Equal(2, pages.Count);
        Assert.Contains(pages, p => p.Kind == "sms" && p.Body.Contains("15550100099"));
        Assert.All(pages, p => Assert.DoesNotContain("chest hurts", p.Body));
        Assert.All(pages, p => Assert.DoesNotContain("0100123", p.Body));
        Assert.All(pages, p => Assert.DoesNotContain("Test Patient", p.Body));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Redelivery_SameMessageId_StoredAndAnsweredOnce(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());
        var body = ProviderPayloads.WhatsAppText(UsPatient, "chest pain, can't breathe");

        var first = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(body));
        await ward.Providers.WaitForAsync(r => r.Kind == "whatsapp");
        var second = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(body));
        await Task.Delay(700);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(ward.Providers.Requests, r => r.Kind == "whatsapp");
        await using var db = ward.OpenDb();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.Direction == "in"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ForgedSignature_Refused401_NothingStoredButSecurityEvent(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());

        var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(UsPatient, "chest pain help"), secret: "not-the-secret"));
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(ward.Providers.Requests);
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync());
        var rejected = await db.AuditEvents.SingleAsync(e => e.Action == "webhook.rejected");
        Assert.Equal("signature-invalid", rejected.Outcome);
        Assert.Equal("sunrise-family", rejected.PracticeId);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task MalformedJson_ValidSignature_Refused400WithoutDetail(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());
        var body = Encoding.UTF8.GetBytes(
            "{\"entry\":[{\"changes\":[{\"value\":{\"metadata\":{\"phone_number_id\":\"" +
            TestPractices.UsWhatsAppNumberId + "\"}},\"messages\":[{\"id\":");

        var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(body));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", text);
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Single(await db.AuditEvents.Where(e => e.Action == "webhook.rejected").ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task UnknownReceivingNumber_RefusedLikeForgery(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());
        var body = ProviderPayloads.WhatsAppText(UsPatient, "hello", phoneNumberId: "999999999999999");

        var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = ward.OpenDb();
        var rejected = await db.AuditEvents.SingleAsync(e => e.Action == "webhook.rejected");
        Assert.Equal(AuditActors.SystemPractice, rejected.PracticeId);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task OversizedBody_Refused413(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());
        var body = ProviderPayloads.WhatsAppText(UsPatient, new string('a', 2 * 1024 * 1024));

        var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Messages.CountAsync());
    }

    [Fact]
    public async Task VerifyHandshake_RightToken_EchoesChallenge()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStates());

        var ok = await ward.Http.GetAsync("webhooks/whatsapp?hub.mode=subscribe&hub.verify_token="
            + TestPractices.UsVerifyToken + "&hub.challenge=1158201444");
        var wrong = await ward.Http.GetAsync(
            "webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task StoredMessage_BodyAndSenderEncrypted_AuditChainIntact(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());
        const string marker = "Canary-7f3a9 what time do you open";

        await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(ProviderPayloads.WhatsAppText(UsPatient, marker)));
        await ward.Providers.WaitForAsync(r => r.Kind == "whatsapp");

        await using var db = ward.OpenDb();
        var message = await db.Messages.SingleAsync(m => m.Direction == "in");
        Assert.DoesNotContain("Canary-7f3a9", Encoding.UTF8.GetString(message.BodyCipher));
        var patient = await db.Patients.SingleAsync();
        Assert.DoesNotContain(UsPatient, Encoding.UTF8.GetString(patient.PhoneCipher));
        Assert.DoesNotContain(UsPatient, patient.PhoneIndex);
        var verification = await new AuditVerifier(ward.App.Services
            .GetRequiredService<Ward.Storage.WardDatabase>()).VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, verification.FirstBreak?.Reason);
        Assert.DoesNotContain(ward.Logs.Lines, l => l.Contains("Canary-7f3a9") || l.Contains(UsPatient));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task OddSenderId_EmergencyStillStoredAndPaged(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());
        var body = ProviderPayloads.WhatsAppText("abc", "crushing chest pain and I cant breathe");

        var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(body));
        var pages = await ward.Providers.WaitForAsync(r => r.Kind is "sms" or "pagerduty", 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, pages.Count);
        await using var db = ward.OpenDb();
        var message = await db.Messages.SingleAsync(m => m.Direction == "in");
        Assert.Equal("emergency", message.Category);
        Assert.Equal("911,112", message.Numbers);
    }

    [Fact]
    public async Task WrongContentType_Refused415()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStates());
        var request = ProviderPayloads.WhatsAppRequest(ProviderPayloads.WhatsAppText(UsPatient, "hi"));
        request.Content!.Headers.ContentType = new("text/plain");

        var response = await ward.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Messages.CountAsync());
    }

    [Fact]
    public async Task InvalidUtf8InText_SignedBody_Refused400()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStates());
        var text = ProviderPayloads.WhatsAppText(UsPatient, "aXb");
        var at = Array.IndexOf(text, (byte)'X');
        var body = text[..at].Concat(new byte[] { 0xC3, 0x28 }).Concat(text[(at + 1)..]).ToArray();

        var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Messages.CountAsync());
    }
}
