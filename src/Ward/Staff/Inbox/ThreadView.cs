namespace Ward.Staff.Inbox;

/// <summary>An opened conversation: its messages and notes in order, who holds it, and the
/// WhatsApp customer-service window.</summary>
internal sealed record ThreadView(
    string Id, string Channel, string PatientName, string? Language, string? AssignedTo,
    string? TakenOverBy, IReadOnlyList<ThreadMessage> Items, ServiceWindow Window);
