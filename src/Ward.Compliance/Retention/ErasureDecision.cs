namespace Ward.Compliance.Retention;

/// <summary>Whether a patient's data may be erased now.</summary>
/// <param name="Allowed">True when erasure may go ahead.</param>
/// <param name="EarliestAt">When erasure becomes possible, if a hold period blocks it now.
/// </param>
/// <param name="Reason">Why, in words fit for the compliance screen.</param>
public sealed record ErasureDecision(bool Allowed, DateTimeOffset? EarliestAt, string Reason);
