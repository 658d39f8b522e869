namespace Ward.Ingest;

/// <summary>A provider's report on a message Ward sent (delivered, read, failed...).</summary>
internal sealed record DeliveryUpdate(
    string Channel, string ProviderMessageId, string Status, string? ErrorCode);
