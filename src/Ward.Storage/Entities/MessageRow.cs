namespace Ward.Storage.Entities;

/// <summary>A message in or out. The body is encrypted; the triage outcome is kept as codes so
/// the inbox can filter on it without decrypting.</summary>
public sealed class MessageRow
{
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    public required string ConversationId { get; set; }

    public required string Direction { get; set; }

    public required string Channel { get; set; }

    public string? ProviderMessageId { get; set; }

    public required byte[] BodyCipher { get; set; }

    public string? ContentType { get; set; }

    public string? Category { get; set; }

    public string? Kinds { get; set; }

    public string? Numbers { get; set; }

    public string? Language { get; set; }

    public string? DeliveryStatus { get; set; }

    public string? DeliveryError { get; set; }

    public long CreatedAtMs { get; set; }

    public long? DeliveryUpdatedAtMs { get; set; }

    /// <summary>Who acknowledged an emergency in the inbox (users.id), and when.</summary>
    public string? AcknowledgedBy { get; set; }

    public long? AcknowledgedAtMs { get; set; }

    /// <summary>The staff member who wrote an outbound reply; null for Ward's own texts.</summary>
    public string? SentBy { get; set; }
}
