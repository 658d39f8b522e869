namespace Ward.Staff.Inbox;

/// <summary>One line of the inbox. <see cref="PatientName"/> is PHI: it is shown only to staff
/// whose role reads messages, never put in a URL or a title.</summary>
internal sealed record ConversationSummary(
    string Id, string Channel, string PatientName, string? Category, bool WaitingForReply,
    string? AssignedTo, string? TakenOverBy, int OpenEmergencies, DateTimeOffset LastActivity);
