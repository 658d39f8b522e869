namespace Ward.Storage.Entities;

/// <summary>A practice's data keys, wrapped by the master key named by <see
/// cref="MasterKeyId"/>.</summary>
public sealed class PracticeKeyRow
{
    public required string PracticeId { get; set; }

    public required string MasterKeyId { get; set; }

    public required byte[] EncryptionKey { get; set; }

    public required byte[] IndexKey { get; set; }

    public long CreatedAtMs { get; set; }
}
