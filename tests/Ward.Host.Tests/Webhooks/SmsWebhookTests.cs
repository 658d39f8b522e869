using System.Net;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Webhooks;

public sealed class SmsWebhookTests
{
    private const string BgPatient = "+359888000111";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task BulgarianEmergency_SignedSms_Replies112InBulgarianAndPages(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.Bulgaria());
        var form = ProviderPayloads.SmsForm(BgPatient, TestPractices.BgSmsNumber,
            "Имам силна болка в гърдите и не мога да дишам");

        var response = await ward.Http.SendAsync(ProviderPayloads.TwilioRequest(ward.BaseUrl,
            "webhooks/twilio/sms", form, TestPractices.BgAuthToken));
        var sent = await ward.Providers.WaitForAsync(r => r.Kind == "sms", 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<Response/>", await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(sent, r => r.Body.Contains("To=%2B359888000111"));
        var text = Uri.UnescapeDataString(reply.Body.Replace('+', ' '));
        Assert.Contains("112", text);
        Assert.DoesNotContain("911", text);
        Assert.Matches("[а-яА-Я]", text);
        Assert.Single(sent, r => r.Body.Contains("To=%2B359888000999"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ForgedSignature_Refused403_NothingSent(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.Bulgaria());
        var form = ProviderPayloads.SmsForm(BgPatient, TestPractices.BgSmsNumber, "болка в гърдите");

        var response = await ward.Http.SendAsync(ProviderPayloads.TwilioRequest(ward.BaseUrl,
            "webhooks/twilio/sms", form, "not-the-token"));
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(ward.Providers.Requests);
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Messages.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task SignatureOverTamperedField_Refused403(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.Bulgaria());
        var form = ProviderPayloads.SmsForm(BgPatient, TestPractices.BgSmsNumber, "здравейте");
        var request = ProviderPayloads.TwilioRequest(ward.BaseUrl, "webhooks/twilio/sms", form,
            TestPractices.BgAuthToken);
        form["Body"] = "здравейте, променено";
        request.Content = new FormUrlEncodedContent(form);

        var response = await ward.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task StatusCallback_Delivered_UpdatesReplyDeliveryState(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.Bulgaria());
        var inbound = ProviderPayloads.SmsForm(BgPatient, TestPractices.BgSmsNumber,
            "Кога работите в събота?");
        await ward.Http.SendAsync(ProviderPayloads.TwilioRequest(ward.BaseUrl,
            "webhooks/twilio/sms", inbound, TestPractices.BgAuthToken));
        await ward.Providers.WaitForAsync(r => r.Kind == "sms");
        var sid = await WaitForProviderIdAsync(ward);
        var status = new Dictionary<string, string>
        {
            ["MessageSid"] = sid, ["AccountSid"] = "AC00000000000000000000000000000002",
            ["MessageStatus"] = "delivered", ["SmsStatus"] = "delivered",
            ["From"] = TestPractices.BgSmsNumber, ["To"] = BgPatient, ["ApiVersion"] = "2010-04-01",
        };

        var response = await ward.Http.SendAsync(ProviderPayloads.TwilioRequest(ward.BaseUrl,
            "webhooks/twilio/status", status, TestPractices.BgAuthToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = ward.OpenDb();
        var reply = await db.Messages.SingleAsync(m => m.Direction == "out");
        Assert.Equal("delivered", reply.DeliveryStatus);
    }

    private static async Task<string> WaitForProviderIdAsync(WardTestServer ward)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = ward.OpenDb();
            var id = await db.Messages.Where(m => m.Direction == "out")
                .Select(m => m.ProviderMessageId).SingleOrDefaultAsync();
            if (id is not null)
            {
                return id;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The reply was never marked as sent.");
    }
}
