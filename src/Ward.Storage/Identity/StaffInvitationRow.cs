namespace Ward.Storage.Identity;

/// <summary>An owner's invitation to a member of staff. Only the SHA-256 of the one-time token
/// is stored, so a copy of the database cannot be used to accept it.</summary>
public sealed class StaffInvitationRow
{
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    public required string StaffId { get; set; }

    public required string TokenHash { get; set; }

    public required string InvitedBy { get; set; }

    public long CreatedAtMs { get; set; }

    public long ExpiresAtMs { get; set; }

    public long? AcceptedAtMs { get; set; }
}
