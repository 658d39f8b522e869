namespace Ward.Storage.Entities;

/// <summary>A compliance review on record: the annual security risk analysis
/// (HIPAA 164.308(a)(1)(ii)(A)), an access review, or a breach risk assessment.</summary>
public sealed class ReviewRow
{
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    public required string Kind { get; set; }

    public required string CompletedOn { get; set; }

    public required string ReviewedBy { get; set; }

    public required byte[] NotesCipher { get; set; }

    public long RecordedAtMs { get; set; }
}
