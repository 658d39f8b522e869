using System.Net;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Web.Tests.Support;

/// <summary>A patient writing to the test practice on WhatsApp, through a signed webhook as
/// Meta sends it.</summary>
internal static class Patients
{
    private static int _next = 1000;

    /// <summary>A fresh WhatsApp id (a US number in the 555-01xx fictional range).</summary>
    public static string NewWaId() => "1555010" + Interlocked.Increment(ref _next).ToString("0000")[1..];

    /// <summary>Posts the message and returns the id of the conversation it landed in.</summary>
    public static async Task<string> WriteAsync(WebWard ward, string waId, string text, string name)
    {
        using var request = ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(waId, text, name: name));
        using var response = await ward.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var db = ward.OpenDb();
        var message = await db.Messages.AsNoTracking().Where(m => m.Direction == "in")
            .OrderByDescending(m => m.CreatedAtMs).FirstAsync();
        return message.ConversationId;
    }

    /// <summary>Moves the patient's last message 25 hours back, past WhatsApp's 24-hour
    /// window.</summary>
    public static async Task AgeConversationAsync(WebWard ward, string conversationId)
    {
        await using var db = ward.OpenDb();
        var past = DateTimeOffset.UtcNow.AddHours(-25).ToUnixTimeMilliseconds();
        await db.Conversations.Where(c => c.Id == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastInboundAtMs, past));
    }
}
