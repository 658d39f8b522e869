namespace Ward.Staff.Api;

/// <summary>The id of the message just queued in the outbox.</summary>
public sealed record SentResponse(string MessageId);
