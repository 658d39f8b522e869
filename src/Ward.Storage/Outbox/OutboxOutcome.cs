using Ward.Storage.Audit;

namespace Ward.Storage.Outbox;

/// <summary>What happened to one claimed outbox row, to be stored with its audit event.</summary>
public sealed record OutboxOutcome(
    long OutboxId,
    string Status,
    string? ProviderMessageId,
    string? Error,
    long NextAttemptAtMs,
    string? MessageId,
    string? DeliveryStatus,
    AuditRecord Audit);
