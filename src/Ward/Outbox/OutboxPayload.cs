using Ward.Paging;

namespace Ward.Outbox;

/// <summary>What the dispatcher needs to send one row; stored encrypted, as it holds PHI.</summary>
internal sealed record OutboxPayload(string To, string Body, OnCallPage? Page);
