namespace Ward.Staff.Inbox;

/// <summary>An approved WhatsApp message template the practice may send outside the
/// customer-service window: its exact name and locale in Meta's template manager, and its text
/// as staff see it, with <c>{{1}}</c> the practice's name.</summary>
public sealed class WhatsAppTemplate
{
    public string Name { get; set; } = "";

    public string Language { get; set; } = "en_US";

    public string Text { get; set; } = "";
}
