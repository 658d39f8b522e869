using Ward.Storage.Audit;

namespace Ward.Ingest;

/// <summary>Everything one webhook call asks to store, committed together or not at all.</summary>
internal sealed record IngestRequest(
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyList<DeliveryUpdate> Deliveries,
    IReadOnlyList<AuditRecord> Events)
{
    public static IngestRequest AuditOnly(AuditRecord record) => new([], [], [record]);
}
