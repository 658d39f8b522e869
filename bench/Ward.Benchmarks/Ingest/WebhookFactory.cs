using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ward.Benchmarks.Ingest;

/// <summary>
/// Builds WhatsApp Cloud API webhooks for the bench practice, signed as Meta signs them:
/// <c>X-Hub-Signature-256: sha256=</c> lowercase hex HMAC-SHA256 of the raw body.
/// </summary>
internal static class WebhookFactory
{
    public const string RoutineText = "hi, what time do you open on saturday?";
    public const string EmergencyText = "my chest hurts really bad and my left arm went numb";

    /// <summary>Every fifth message is an emergency.</summary>
    public const int EmergencyEvery = 5;

    private const long FirstWaId = 15550100000;
    private static readonly byte[] AppSecret = Encoding.UTF8.GetBytes(WardProcess.AppSecret);

    /// <summary>
    /// Builds <paramref name="count"/> webhooks from WhatsApp ids starting at
    /// <paramref name="waIdOffset"/> above the first bench number, cycling over
    /// <paramref name="patients"/> distinct senders.
    /// </summary>
    public static SignedWebhook[] Create(string run, int count, int waIdOffset, int patients)
    {
        var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var webhooks = new SignedWebhook[count];
        for (var i = 0; i < count; i++)
        {
            var waId = (FirstWaId + waIdOffset + (i % patients)).ToString();
            var emergency = i % EmergencyEvery == EmergencyEvery - 1;
            var text = emergency ? EmergencyText : RoutineText;
            var body = Body(waId, $"wamid.bench.{run}.{i}", seconds, text);
            webhooks[i] = new SignedWebhook(body, Sign(body), waId, emergency);
        }

        return webhooks;
    }

    private static byte[] Body(string waId, string wamid, string seconds, string text)
    {
        var json = """{"object":"whatsapp_business_account","entry":[{"id":"1","changes":["""
            + """{"field":"messages","value":{"messaging_product":"whatsapp","metadata":"""
            + """{"display_phone_number":"15550100000","phone_number_id":"100000000000001"},"""
            + $$"""
                "contacts":[{"profile":{"name":"Bench Patient"},"wa_id":"{{waId}}"}],
                """
            + $$"""
                "messages":[{"from":"{{waId}}","id":"{{wamid}}","timestamp":"{{seconds}}",
                """
            + $$$"""
                "type":"text","text":{"body":{{{JsonSerializer.Serialize(text)}}}}}]}}]}]}
                """;
        return Encoding.UTF8.GetBytes(json);
    }

    private static string Sign(byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(AppSecret, body));
}
