namespace Ward.Storage.Entities;

/// <summary>
/// A verified portal session: the browser holds a random token, the database only its hash,
/// so a copy of the database opens no session. The patient proved who they are at
/// <see cref="VerifiedAtMs"/>; the session ends at <see cref="ExpiresAtMs"/> or when revoked.
/// </summary>
public sealed class PortalSessionRow
{
    public required string TokenHash { get; set; }

    public required string PracticeId { get; set; }

    public required string PatientId { get; set; }

    public long VerifiedAtMs { get; set; }

    public long ExpiresAtMs { get; set; }

    public long? RevokedAtMs { get; set; }
}
