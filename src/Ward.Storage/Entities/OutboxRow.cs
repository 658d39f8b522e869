namespace Ward.Storage.Entities;

/// <summary>Work to send to a provider, written in the same transaction as the state change
/// that caused it. The payload (recipient and text) is encrypted.</summary>
public sealed class OutboxRow
{
    public long Id { get; set; }

    public required string PracticeId { get; set; }

    public required string Kind { get; set; }

    public string? MessageId { get; set; }

    public string? PatientId { get; set; }

    public required byte[] PayloadCipher { get; set; }

    public int Priority { get; set; }

    public required string Status { get; set; }

    public int Attempts { get; set; }

    public long NextAttemptAtMs { get; set; }

    public long LeaseUntilMs { get; set; }

    public string? LastError { get; set; }

    public string? ProviderMessageId { get; set; }

    public long CreatedAtMs { get; set; }

    public long? FinishedAtMs { get; set; }
}
