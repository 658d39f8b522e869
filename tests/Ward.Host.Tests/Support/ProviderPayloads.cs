using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ward.Host.Tests.Support;

/// <summary>Builds webhook requests exactly as the providers send and sign them.</summary>
internal static class ProviderPayloads
{
    public static byte[] WhatsAppText(string waId, string text, string? messageId = null,
        string phoneNumberId = TestPractices.UsWhatsAppNumberId, string name = "Test Patient")
    {
        var payload = new
        {
            @object = "whatsapp_business_account",
            entry = new[]
            {
                new
                {
                    id = "200000000000001",
                    changes = new[]
                    {
                        new
                        {
                            field = "messages",
                            value = new
                            {
                                messaging_product = "whatsapp",
                                metadata = new
                                {
                                    display_phone_number = "15550100000", phone_number_id = phoneNumberId,
                                },
                                contacts = new[] { new { profile = new { name }, wa_id = waId } },
                                messages = new[]
                                {
                                    new
                                    {
                                        from = waId, id = messageId ?? NewWamid(), type = "text",
                                        timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(),
                                        text = new { body = text },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        };

        // The default encoder escapes non-ASCII as \uXXXX, as Meta does on the wire.
        return JsonSerializer.SerializeToUtf8Bytes(payload);
    }

    public static string NewWamid() => "wamid.HBgL" + Guid.NewGuid().ToString("N")[..24].ToUpperInvariant();

    public static HttpRequestMessage WhatsAppRequest(byte[] body, string secret = TestPractices.UsAppSecret)
    {
        var signature = "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
        var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/whatsapp")
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Hub-Signature-256", signature);
        return request;
    }

    public static Dictionary<string, string> SmsForm(string from, string to, string body,
        string accountSid = "AC00000000000000000000000000000002") => new()
    {
        ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"),
        ["AccountSid"] = accountSid,
        ["From"] = from,
        ["To"] = to,
        ["Body"] = body,
        ["NumMedia"] = "0",
        ["NumSegments"] = "1",
        ["SmsStatus"] = "received",
        ["ApiVersion"] = "2010-04-01",
    };

    public static HttpRequestMessage TwilioRequest(Uri baseUrl, string path,
        Dictionary<string, string> form, string authToken)
    {
        var url = baseUrl.ToString().TrimEnd('/') + "/" + path;
        var data = new StringBuilder(url);
        foreach (var key in form.Keys.Order(StringComparer.Ordinal))
        {
            data.Append(key).Append(form[key]);
        }

#pragma warning disable CA5350 // Twilio's signature is defined as HMAC-SHA1.
        var signature = Convert.ToBase64String(HMACSHA1.HashData(
            Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Add("X-Twilio-Signature", signature);
        return request;
    }
}
