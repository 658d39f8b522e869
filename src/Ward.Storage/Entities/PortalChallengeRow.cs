namespace Ward.Storage.Entities;

/// <summary>
/// One request for a portal sign-in code. The code itself is never stored: only its keyed hash.
/// A request for a number that is not on file gets a row too (with no patient), so that the
/// answer, the rate limits and the timing are the same for known and unknown numbers.
/// </summary>
public sealed class PortalChallengeRow
{
    /// <summary>A random handle, kept by the browser in a short-lived cookie.</summary>
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    /// <summary>The blind index of the number asked for, for the per-number rate limit.</summary>
    public required string PhoneIndex { get; set; }

    /// <summary>A keyed hash of the caller's network address, for the per-address limit.</summary>
    public required string SourceIndex { get; set; }

    public string? PatientId { get; set; }

    public required string CodeHash { get; set; }

    public int Attempts { get; set; }

    public long CreatedAtMs { get; set; }

    public long ExpiresAtMs { get; set; }

    public long? UsedAtMs { get; set; }
}
