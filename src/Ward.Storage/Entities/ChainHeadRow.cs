namespace Ward.Storage.Entities;

/// <summary>The head of one practice's audit chain. Appends lock this row, which serialises
/// them per practice across instances; verification compares it with the last event, so a
/// truncated chain is caught.</summary>
public sealed class ChainHeadRow
{
    public required string PracticeId { get; set; }

    public long Sequence { get; set; }

    public required string Hash { get; set; }
}
