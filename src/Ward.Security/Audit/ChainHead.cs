namespace Ward.Security.Audit;

/// <summary>The last sequence number and hash of one practice's chain.</summary>
public sealed record ChainHead(long Sequence, string Hash);
