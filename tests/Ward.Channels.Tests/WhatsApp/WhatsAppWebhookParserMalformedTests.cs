using System.Text;
using Ward.Channels.WhatsApp;

namespace Ward.Channels.Tests.WhatsApp;

public sealed class WhatsAppWebhookParserMalformedTests
{
    private const string Marker = "CANARY-PHI-7f3a";

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"object\":")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"object\":\"page\",\"entry\":[]}")]
    [InlineData("{\"object\":\"whatsapp_business_account\"}")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":{}}")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[]} {}")]
    public void Parse_NotAnEnvelope_ThrowsWebhookFormatException(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);

        var act = () => WhatsAppWebhookParser.Parse(bytes);

        Assert.Throws<WebhookFormatException>(() => act());
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("\"-5\"")]
    [InlineData("\"99999999999999999999\"")]
    [InlineData("true")]
    public void Parse_BadTimestamp_NamesTheField(string timestamp)
    {
        var body = WhatsAppPayloads.TextMessage("hello", timestamp);

        var error = Assert.Throws<WebhookFormatException>(() => WhatsAppWebhookParser.Parse(body));

        Assert.Contains("entry[0].changes[0].value.messages[0].timestamp", error.Message);
    }

    [Fact]
    public void Parse_MissingMessageId_NamesTheField()
    {
        var body = Encoding.UTF8.GetBytes("""
            {"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages",
              "value":{"metadata":{"phone_number_id":"1"},
              "messages":[{"from":"1","timestamp":"1","type":"text","text":{"body":"x"}}]}}]}]}
            """);

        var error = Assert.Throws<WebhookFormatException>(() => WhatsAppWebhookParser.Parse(body));

        Assert.Contains("entry[0].changes[0].value.messages[0].id", error.Message);
    }

    [Fact]
    public void Parse_MissingPhoneNumberId_NamesTheField()
    {
        var body = Encoding.UTF8.GetBytes("""
            {"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages",
              "value":{"metadata":{}}}]}]}
            """);

        var error = Assert.Throws<WebhookFormatException>(() => WhatsAppWebhookParser.Parse(body));

        Assert.Contains("entry[0].changes[0].value.metadata.phone_number_id", error.Message);
    }

    [Fact]
    public void Parse_MalformedMessage_MessageCarriesNoText()
    {
        var body = WhatsAppPayloads.TextMessage(Marker, "\"" + Marker + "\"");

        var error = Assert.Throws<WebhookFormatException>(() => WhatsAppWebhookParser.Parse(body));

        Assert.DoesNotContain(Marker, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("12025550123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenJsonAroundText_MessageCarriesNoText()
    {
        var body = Encoding.UTF8.GetBytes("{\"object\":\"" + Marker + " " + Marker);

        var error = Assert.Throws<WebhookFormatException>(() => WhatsAppWebhookParser.Parse(body));

        Assert.DoesNotContain(Marker, error.ToString(), StringComparison.Ordinal);
    }
}
