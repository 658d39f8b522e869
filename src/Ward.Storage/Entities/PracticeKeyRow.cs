namespace Ward.Storage.Entities;

/// <summary>One version of a practice's data keys, wrapped by the master key named by <see
/// cref="MasterKeyId"/>. Rotation adds a version; older versions stay to read older data.</summary>
public sealed class PracticeKeyRow
{
    public required string PracticeId { get; set; }

    public int Version { get; set; }

    public required string MasterKeyId { get; set; }

    public required byte[] EncryptionKey { get; set; }

    public required byte[] IndexKey { get; set; }

    public long CreatedAtMs { get; set; }
}
