using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Web.Tests.Support;

/// <summary>WhatsApp status webhooks (delivered, failed) for a message Ward sent, in the shape
/// of Meta's documented status payload.</summary>
internal static class StatusCallbacks
{
    public static async Task PostAsync(WebWard ward, string messageId, string waId, string status,
        int? errorCode = null)
    {
        string? wamid = null;
        for (var i = 0; i < 100 && wamid is null; i++)
        {
            await using var db = ward.OpenDb();
            wamid = (await db.Messages.AsNoTracking().SingleAsync(m => m.Id == messageId)).ProviderMessageId;
            if (wamid is null)
            {
                await Task.Delay(50);
            }
        }

        var statusObject = new Dictionary<string, object>
        {
            ["id"] = wamid!, ["status"] = status, ["recipient_id"] = waId,
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(),
        };
        if (errorCode is { } code)
        {
            statusObject["errors"] = new[] { new { code, title = "Re-engagement message" } };
        }

        var payload = new
        {
            @object = "whatsapp_business_account",
            entry = new[] { new { id = "200000000000001", changes = new[] { new
            {
                field = "messages",
                value = new
                {
                    messaging_product = "whatsapp",
                    metadata = new { display_phone_number = "15550100000",
                        phone_number_id = TestPractices.UsWhatsAppNumberId },
                    statuses = new[] { statusObject },
                },
            } } } },
        };
        using var request = ProviderPayloads.WhatsAppRequest(JsonSerializer.SerializeToUtf8Bytes(payload));
        using var response = await ward.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
