using System.Text;

namespace Ward.Channels.Tests.WhatsApp;

/// <summary>Hand-written webhook bodies for shapes the shared fixtures do not cover.</summary>
internal static class WhatsAppPayloads
{
    /// <summary>
    /// Two entries: the first has an ignored template-status change and a change with two
    /// senders (text, list reply) plus a status; the second has a template quick-reply button.
    /// </summary>
    public static byte[] Batched() => Encoding.UTF8.GetBytes("""
        {"object":"whatsapp_business_account","entry":[
          {"id":"102000000000001","changes":[
            {"field":"message_template_status_update","value":{"event":"APPROVED",
              "message_template_id":1,"message_template_name":"x","reason":"NONE"}},
            {"field":"messages","value":{"messaging_product":"whatsapp",
              "metadata":{"display_phone_number":"12025550100","phone_number_id":"106000000000001"},
              "contacts":[{"profile":{"name":"Patient One"},"wa_id":"12025550123"},
                          {"profile":{"name":"Patient Two"},"wa_id":"12025550124"}],
              "messages":[
                {"from":"12025550123","id":"wamid.A1","timestamp":"1772460309","type":"text",
                 "text":{"body":"first"}},
                {"from":"12025550124","id":"wamid.A2","timestamp":"1772460310",
                 "type":"interactive",
                 "interactive":{"type":"list_reply","list_reply":{"id":"slot-2",
                   "title":"Tuesday morning","description":"9:00-12:00"}}}],
              "statuses":[{"id":"wamid.OUT1","status":"delivered","timestamp":"1772460311",
                 "recipient_id":"12025550123"}]}}]},
          {"id":"102000000000002","changes":[
            {"field":"messages","value":{"messaging_product":"whatsapp",
              "metadata":{"display_phone_number":"12025550101","phone_number_id":"106000000000002"},
              "contacts":[{"profile":{"name":"Patient Three"},"wa_id":"12025550125"}],
              "messages":[
                {"context":{"from":"12025550101","id":"wamid.TEMPLATE"},
                 "from":"12025550125","id":"wamid.B1","timestamp":"1772460312","type":"button",
                 "button":{"payload":"appt-confirm:APPT-TEST-0042",
                   "text":"Yes, I will come"}}]}}]}]}
        """);

    public static byte[] TemplateStatusOnly() => Encoding.UTF8.GetBytes("""
        {"object":"whatsapp_business_account","entry":[{"id":"102000000000001","changes":[
          {"field":"message_template_status_update","value":{"event":"PAUSED"}}]}]}
        """);

    /// <summary>A text message whose body is <paramref name="text"/> and whose
    /// <c>timestamp</c> is <paramref name="timestamp"/> (raw JSON).</summary>
    public static byte[] TextMessage(string text, string timestamp) =>
        Encoding.UTF8.GetBytes($$$"""
        {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",
          "value":{"metadata":{"phone_number_id":"106000000000001"},
          "messages":[{"from":"12025550123","id":"wamid.X","timestamp":{{{timestamp}}},
          "type":"text","text":{"body":"{{{text}}}"}}]}}]}]}
        """);
}
