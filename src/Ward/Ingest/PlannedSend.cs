using Ward.Paging;

namespace Ward.Ingest;

/// <summary>One send decided at ingest time; <see cref="IsConversationReply"/> marks a
/// reply that belongs in the patient's thread (pages do not).</summary>
internal sealed record PlannedSend(
    string Kind, string To, string Body, int Priority, bool IsConversationReply,
    OnCallPage? Page = null);
