using System.Text;
using System.Text.Json;
using Ward.Channels;
using Ward.Channels.WhatsApp;
using Ward.Ingest;
using Ward.Practices;
using Ward.Triage;

namespace Ward.Webhooks;

/// <summary>
/// Turns a WhatsApp Cloud API delivery into stored work. The signing key (the app secret)
/// depends on the receiving number, so the number id is first located with a forward-only
/// reader; nothing else in the body is read until the signature has been verified.
/// </summary>
internal sealed class WhatsAppInbox(
    PracticeDirectory practices, TriageEngine triage, IngestQueue queue, WebhookAudit audit)
{
    private static readonly byte[] NumberIdName = Encoding.UTF8.GetBytes("phone_number_id");

    public async Task<WebhookRejection> ReceiveAsync(
        byte[] body, string? signature, string? source, CancellationToken cancellationToken)
    {
        var numberId = FindNumberId(body);
        var practice = numberId is null ? null : practices.ByWhatsAppNumberId(numberId);
        var rejection = numberId is null ? WebhookRejection.Malformed
            : practice is null ? WebhookRejection.UnknownReceiver
            : !WhatsAppSignature.IsValid(body, signature, practice.Settings.WhatsApp!.AppSecret)
                ? WebhookRejection.SignatureInvalid
                : WebhookRejection.None;

        WhatsAppNotification? notification = null;
        if (rejection == WebhookRejection.None)
        {
            try
            {
                notification = WhatsAppWebhookParser.Parse(body);
            }
            catch (WebhookFormatException)
            {
                rejection = WebhookRejection.Malformed;
            }
        }

        if (rejection != WebhookRejection.None)
        {
            await audit.RejectedAsync(practice?.Id, ChannelNames.WhatsApp, rejection, source,
                cancellationToken);
            return rejection;
        }

        await queue.SubmitAsync(ToRequest(notification!, practice!), cancellationToken);
        return WebhookRejection.None;
    }

    private IngestRequest ToRequest(WhatsAppNotification notification, PracticeContext signer)
    {
        var messages = new List<InboundMessage>();
        foreach (var inbound in notification.Messages)
        {
            var practice = practices.ByWhatsAppNumberId(inbound.PhoneNumberId);
            var sameApp = practice is not null && practice.Settings.WhatsApp!.AppSecret
                == signer.Settings.WhatsApp!.AppSecret;
            if (sameApp)
            {
                var (sender, country) = PhoneAddress.Sender(inbound.WaId);
                messages.Add(ToMessage(inbound, practice!, sender, country));
            }
        }

        var deliveries = notification.Statuses.Select(s => new DeliveryUpdate(
            ChannelNames.WhatsApp, s.MessageId, s.Status, s.ErrorCode?.ToString())).ToList();
        return new IngestRequest(messages, deliveries, []);
    }

    private InboundMessage ToMessage(
        WhatsAppInbound inbound, PracticeContext practice, string e164, string? country)
    {
        var text = inbound.Text ?? "";
        var region = Regions.ForPatient(practice.Settings.Country, country);
        return new InboundMessage(ChannelNames.WhatsApp, practice, inbound.MessageId, e164,
            inbound.WaId, inbound.ProfileName, text, inbound.Type, triage.Decide(text, region));
    }

    private static string? FindNumberId(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName
                    && reader.ValueTextEquals(NumberIdName) && reader.Read()
                    && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString();
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }

        return null;
    }
}
