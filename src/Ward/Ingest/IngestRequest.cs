using Ward.Storage.Audit;
using Ward.Storage.Outbox;

namespace Ward.Ingest;

/// <summary>Everything one webhook call (or one batch of send outcomes) asks to store,
/// committed together or not at all.</summary>
internal sealed record IngestRequest(
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyList<DeliveryUpdate> Deliveries,
    IReadOnlyList<AuditRecord> Events,
    IReadOnlyList<OutboxOutcome>? Outcomes = null)
{
    public static IngestRequest AuditOnly(AuditRecord record) => new([], [], [record]);
}
