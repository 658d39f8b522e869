using System.Net;
using Microsoft.Extensions.Options;
using Ward.Channels.Sms;
using Ward.Channels.Tests.Support;
using Ward.Channels.WhatsApp;

namespace Ward.Channels.Tests;

/// <summary>Both senders against a stand-in on a real socket, as the host tests run.</summary>
public sealed class LoopbackSendTests
{
    [Fact]
    public async Task WhatsAppSender_LoopbackGraph_SendsSizedJsonAndReadsId()
    {
        using var server = new LoopbackServer(
            HttpStatusCode.OK, """{"messages":[{"id":"wamid.LOOPBACK-1"}]}""");
        var options = new WhatsAppOptions { GraphBaseUrl = new Uri(server.BaseUrl, "v23.0") };
        using var client = new HttpClient();
        var sender = new WhatsAppSender(
            client, Options.Create(options), new RecordingLogger<WhatsAppSender>());
        var account = new WhatsAppAccount("106000000000001", "token-1");

        var result = await sender.SendTextAsync(
            account, "12025550123", "Hi", CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("wamid.LOOPBACK-1", result.ProviderMessageId);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v23.0/106000000000001/messages", request.PathAndQuery);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal(request.Body.Length, request.ContentLength);
        Assert.Contains("\"body\":\"Hi\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwilioSmsSender_LoopbackApi_PostsFormAndReadsSid()
    {
        using var server = new LoopbackServer(
            HttpStatusCode.Created, """{"sid":"SM00000000000000000000000000000042"}""");
        var options = new TwilioOptions { ApiBaseUrl = server.BaseUrl };
        using var client = new HttpClient();
        var sender = new TwilioSmsSender(
            client, Options.Create(options), new RecordingLogger<TwilioSmsSender>());
        var account = new TwilioAccount("AC00000000000000000000000000000001", "token-2");

        var result = await sender.SendAsync(
            account, "+12025550100", "+12025550123", "Hi", null, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("SM00000000000000000000000000000042", result.ProviderMessageId);
        Assert.Equal(
            "/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages.json",
            request.PathAndQuery);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("To=%2B12025550123&From=%2B12025550100&Body=Hi", request.Body);
    }
}
