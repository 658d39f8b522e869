namespace Ward.Staff.Inbox;

/// <summary>An emergency message nobody has acknowledged yet: the inbox keeps its alert up
/// until someone does. It names the conversation and the kinds, never the text.</summary>
internal sealed record EmergencyAlert(string MessageId, string ConversationId, string Kinds,
    DateTimeOffset At);
