namespace Ward.Storage.Entities;

/// <summary>An emergency access beyond a user's role, with the reason they gave (encrypted, as
/// a reason may name a patient).</summary>
public sealed class BreakGlassRow
{
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    public required string UserId { get; set; }

    public required string Permission { get; set; }

    public required string Operation { get; set; }

    public required byte[] ReasonCipher { get; set; }

    public long AtMs { get; set; }
}
