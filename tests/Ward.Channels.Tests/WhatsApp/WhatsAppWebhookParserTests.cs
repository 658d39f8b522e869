using Ward.Channels.Tests.Support;
using Ward.Channels.WhatsApp;

namespace Ward.Channels.Tests.WhatsApp;

public sealed class WhatsAppWebhookParserTests
{
    private const string PhoneNumberId = "106000000000001";
    private const string PatientWaId = "12025550123";

    [FixtureFact]
    public void Parse_InboundText_ReadsEveryField()
    {
        var body = FixtureFiles.ReadBytes("whatsapp-inbound-text.json");

        var notification = WhatsAppWebhookParser.Parse(body);

        var message = Assert.Single(notification.Messages);
        Assert.Empty(notification.Statuses);
        Assert.Equal(PhoneNumberId, message.PhoneNumberId);
        Assert.Equal(PatientWaId, message.WaId);
        Assert.Equal(PatientWaId, message.From);
        Assert.Equal("Test Patient", message.ProfileName);

        Assert.Equal("wamid.VEVTVC1JTkJPVU5ELVRFWFQtMDAwMQ==", message.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 14, 5, 9, TimeSpan.Zero), message.SentAt);

        Assert.Equal("text", message.Type);
        Assert.Equal(
            "Hi, this is Test Patient. Can I get a refill of my blood pressure pills "
            + "before Friday?",
            message.Text);
        Assert.Null(message.MediaId);
        Assert.Null(message.MediaMimeType);
        Assert.Null(message.ReplyToMessageId);
    }

    [FixtureFact]
    public void Parse_ImageWithCaption_ReadsCaptionAndMedia()
    {
        var body = FixtureFiles.ReadBytes("whatsapp-inbound-image.json");

        var notification = WhatsAppWebhookParser.Parse(body);

        var message = Assert.Single(notification.Messages);
        Assert.Equal("image", message.Type);
        Assert.Equal("Photo of the rash on my arm, taken this morning", message.Text);
        Assert.Equal("1900000000000002", message.MediaId);
        Assert.Equal("image/jpeg", message.MediaMimeType);
        Assert.Equal("wamid.VEVTVC1JTkJPVU5ELUlNQUdFLTAwMDI=", message.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 14, 6, 41, TimeSpan.Zero), message.SentAt);
    }

    [FixtureFact]
    public void Parse_ButtonReply_ReadsTitleAndContext()
    {
        var body = FixtureFiles.ReadBytes("whatsapp-button-reply.json");

        var notification = WhatsAppWebhookParser.Parse(body);

        var message = Assert.Single(notification.Messages);
        Assert.Equal("interactive", message.Type);
        Assert.Equal("Confirm", message.Text);
        Assert.Equal("wamid.VEVTVC1PVVRCT1VORC1GUkVFRk9STS0wMDA1", message.ReplyToMessageId);
        Assert.Equal("wamid.VEVTVC1JTkJPVU5ELUJVVFRPTi0wMDAz", message.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 14, 12, 30, TimeSpan.Zero), message.SentAt);
    }

    [FixtureFact]
    public void Parse_FailedStatus_ReadsErrorCode131047()
    {
        var body = FixtureFiles.ReadBytes("whatsapp-status-failed.json");

        var notification = WhatsAppWebhookParser.Parse(body);

        var status = Assert.Single(notification.Statuses);
        Assert.Empty(notification.Messages);
        Assert.Equal(PhoneNumberId, status.PhoneNumberId);
        Assert.Equal("wamid.VEVTVC1PVVRCT1VORC1GUkVFRk9STS0wMDA1", status.MessageId);
        Assert.Equal("failed", status.Status);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 30, 0, TimeSpan.Zero), status.At);
        Assert.Equal(PatientWaId, status.RecipientId);
        Assert.Equal(131047, status.ErrorCode);
    }

    [FixtureFact]
    public void Parse_EscapedUnicodeBody_DecodesText()
    {
        var body = FixtureFiles.ReadBytes("whatsapp-signature-raw-body.json");

        var notification = WhatsAppWebhookParser.Parse(body);

        var message = Assert.Single(notification.Messages);
        Assert.Equal("Hola, necesito cambiar mi cita de ma\u00f1ana", message.Text);
    }

    [Fact]
    public void Parse_BatchedEntries_ReadsAllInOrder()
    {
        var body = WhatsAppPayloads.Batched();

        var notification = WhatsAppWebhookParser.Parse(body);

        Assert.Equal(
            ["wamid.A1", "wamid.A2", "wamid.B1"], notification.Messages.Select(m => m.MessageId));
        Assert.Equal(["106000000000001", "106000000000001", "106000000000002"],
            notification.Messages.Select(m => m.PhoneNumberId));
        var status = Assert.Single(notification.Statuses);
        Assert.Equal("delivered", status.Status);
        Assert.Null(status.ErrorCode);
    }

    [Fact]
    public void Parse_ListReplyAndTemplateButton_ReadTitleAndText()
    {
        var body = WhatsAppPayloads.Batched();

        var notification = WhatsAppWebhookParser.Parse(body);

        var list = notification.Messages[1];
        var button = notification.Messages[2];
        Assert.Equal("Tuesday morning", list.Text);
        Assert.Equal("button", button.Type);
        Assert.Equal("Yes, I will come", button.Text);
        Assert.Equal("wamid.TEMPLATE", button.ReplyToMessageId);
    }

    [Fact]
    public void Parse_TwoSenders_MatchesContactByWaId()
    {
        var body = WhatsAppPayloads.Batched();

        var notification = WhatsAppWebhookParser.Parse(body);

        Assert.Equal("Patient One", notification.Messages[0].ProfileName);
        Assert.Equal("Patient Two", notification.Messages[1].ProfileName);
        Assert.Equal("12025550124", notification.Messages[1].WaId);
    }

    [Fact]
    public void Parse_OnlyOtherFields_ReturnsNothing()
    {
        var body = WhatsAppPayloads.TemplateStatusOnly();

        var notification = WhatsAppWebhookParser.Parse(body);

        Assert.Empty(notification.Messages);
        Assert.Empty(notification.Statuses);
    }
}
