namespace Ward.Security.Audit;

/// <summary>The first place where a chain is broken.</summary>
public sealed record AuditBreak(string PracticeId, long Sequence, string Reason);
