using System.Text.Json;
using Ward.Channels.Sms;
using Ward.Channels.WhatsApp;

namespace Ward.Demo;

/// <summary>Builds webhook requests the way WhatsApp and Twilio send and sign them.</summary>
internal static class DemoMessages
{
    public static HttpRequestMessage WhatsApp(
        Uri server, string phoneNumberId, string appSecret, string waId, string text)
    {
        var payload = new
        {
            @object = "whatsapp_business_account",
            entry = new[] { new { id = "0", changes = new[] { new
            {
                field = "messages",
                value = new
                {
                    messaging_product = "whatsapp",
                    metadata = new { display_phone_number = "0", phone_number_id = phoneNumberId },
                    contacts = new[] { new { profile = new { name = "Demo Patient" }, wa_id = waId } },
                    messages = new[] { new
                    {
                        from = waId, id = "wamid.demo" + Guid.NewGuid().ToString("N"),
                        timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(),
                        type = "text", text = new { body = text },
                    } },
                },
            } } } },
        };

        // System.Text.Json escapes non-ASCII as \uXXXX by default, as Meta does on the wire.
        var body = JsonSerializer.SerializeToUtf8Bytes(payload);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "webhooks/whatsapp"))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Hub-Signature-256", WhatsAppSignature.Sign(body, appSecret));
        return request;
    }

    public static HttpRequestMessage Sms(
        Uri server, string accountSid, string authToken, string from, string to, string text)
    {
        var url = new Uri(server, "webhooks/twilio/sms");
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"), ["AccountSid"] = accountSid,
            ["From"] = from, ["To"] = to, ["Body"] = text, ["NumMedia"] = "0",
            ["NumSegments"] = "1", ["SmsStatus"] = "received", ["ApiVersion"] = "2010-04-01",
        };
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Sign(url.ToString(), form, authToken));
        return request;
    }
}
