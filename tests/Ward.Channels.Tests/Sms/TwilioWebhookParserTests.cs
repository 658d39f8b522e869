using Ward.Channels.Sms;
using Ward.Channels.Tests.Support;

namespace Ward.Channels.Tests.Sms;

public sealed class TwilioWebhookParserTests
{
    [FixtureFact]
    public void ParseInbound_FixtureForm_ReadsEveryField()
    {
        var form = FixtureFiles.ReadForm("twilio-inbound-sms.form");

        var inbound = TwilioWebhookParser.ParseInbound(form);

        Assert.Equal("AC00000000000000000000000000000001", inbound.AccountSid);
        Assert.Equal("SM0000000000000000000000000000a001", inbound.MessageSid);
        Assert.Equal("+12025550123", inbound.From);
        Assert.Equal("+12025550100", inbound.To);
        Assert.Equal(
            "Hi, it's Test Patient. Need refill of lisinopril 10mg & can I come in Thu?",
            inbound.Body);
        Assert.Equal(0, inbound.NumMedia);
        Assert.Empty(inbound.MediaUrls);
        Assert.Null(inbound.OptOutType);
    }

    [FixtureFact]
    public void ParseStatus_FixtureForm_ReadsUndelivered30003()
    {
        var form = FixtureFiles.ReadForm("twilio-status-callback.form");

        var status = TwilioWebhookParser.ParseStatus(form);

        Assert.Equal("AC00000000000000000000000000000001", status.AccountSid);
        Assert.Equal("SM0000000000000000000000000000c002", status.MessageSid);
        Assert.Equal("undelivered", status.Status);
        Assert.Equal("30003", status.ErrorCode);
    }

    [Fact]
    public void ParseInbound_MediaAndOptOut_ReadsUrlsInOrder()
    {
        var form = Inbound();
        form["NumMedia"] = "2";
        form["MediaUrl0"] = "https://api.twilio.com/media/ME0";
        form["MediaUrl1"] = "https://api.twilio.com/media/ME1";
        form["OptOutType"] = "STOP";

        var inbound = TwilioWebhookParser.ParseInbound(form);

        Assert.Equal(2, inbound.NumMedia);
        Assert.Equal(
            ["https://api.twilio.com/media/ME0", "https://api.twilio.com/media/ME1"],
            inbound.MediaUrls);
        Assert.Equal("STOP", inbound.OptOutType);
    }

    [Fact]
    public void ParseInbound_NoBody_EmptyBody()
    {
        var form = Inbound();
        form.Remove("Body");

        var inbound = TwilioWebhookParser.ParseInbound(form);

        Assert.Equal(string.Empty, inbound.Body);
    }

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("AccountSid")]
    [InlineData("From")]
    [InlineData("To")]
    public void ParseInbound_RequiredFieldMissing_NamesIt(string field)
    {
        var form = Inbound();
        form.Remove(field);

        var error = Assert.Throws<WebhookFormatException>(
            () => TwilioWebhookParser.ParseInbound(form));

        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("+12025550123", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("-1")]
    [InlineData("11")]
    [InlineData("2")]
    public void ParseInbound_NumMediaInconsistent_Throws(string numMedia)
    {
        var form = Inbound();
        form["NumMedia"] = numMedia;
        form["MediaUrl0"] = "https://api.twilio.com/media/ME0";

        var act = () => TwilioWebhookParser.ParseInbound(form);

        Assert.Throws<WebhookFormatException>(() => act());
    }

    [Fact]
    public void ParseStatus_NoStatus_Throws()
    {
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = "AC00000000000000000000000000000001",
            ["MessageSid"] = "SM0000000000000000000000000000c002",
        };

        var error = Assert.Throws<WebhookFormatException>(
            () => TwilioWebhookParser.ParseStatus(form));

        Assert.Contains("MessageStatus", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Inbound() => new()
    {
        ["MessageSid"] = "SM0000000000000000000000000000a009",
        ["AccountSid"] = "AC00000000000000000000000000000001",
        ["From"] = "+12025550123",
        ["To"] = "+12025550100",
        ["Body"] = "Hello",
        ["NumMedia"] = "0",
    };
}
