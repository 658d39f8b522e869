namespace Ward.Storage.Audit;

/// <summary>What the chain walk needs of one event, read without building a whole
/// entry.</summary>
internal readonly record struct ChainLink(
    string PracticeId, long Sequence, string PreviousHash, string Hash, bool HashMatches);
