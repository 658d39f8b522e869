using Ward.Paging;

namespace Ward.Ingest;

/// <summary>One send decided at ingest time; <see cref="IsConversationReply"/> marks a
/// reply that belongs in the patient's thread (pages do not). <see cref="SafetyText"/> marks
/// Ward's own fixed safety texts, which carry no PHI; any other reply to a patient passes the
/// outbound screen before it is queued.</summary>
internal sealed record PlannedSend(
    string Kind, string To, string Body, int Priority, bool IsConversationReply,
    OnCallPage? Page = null, bool SafetyText = true);
