namespace Ward.Storage.Entities;

/// <summary>A member of a practice's staff and the role that sets what they may do. The id is
/// the person's sign-in name (an e-mail address), unique within the practice.</summary>
public sealed class UserRow
{
    public required string PracticeId { get; set; }

    public required string Id { get; set; }

    public required string Role { get; set; }

    public required byte[] NameCipher { get; set; }

    public byte[]? MobileCipher { get; set; }

    public bool MfaEnabled { get; set; }

    public long CreatedAtMs { get; set; }

    public long? DisabledAtMs { get; set; }
}
