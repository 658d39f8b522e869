namespace Ward.Storage.Identity;

/// <summary>One signed-in browser of a staff member. The cookie carries the id; a revoked or
/// idle session is refused on its next request.</summary>
public sealed class StaffSessionRow
{
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public required string PracticeId { get; set; }

    /// <summary>The linked staff row (users.id), so the owner sees whose session it is.</summary>
    public required string StaffId { get; set; }

    /// <summary>The browser's own description of itself, cut short; never PHI.</summary>
    public string? Client { get; set; }

    public long CreatedAtMs { get; set; }

    public long LastSeenAtMs { get; set; }

    public long? RevokedAtMs { get; set; }
}
