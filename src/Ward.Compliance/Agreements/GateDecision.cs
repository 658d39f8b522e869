namespace Ward.Compliance.Agreements;

/// <summary>Whether PHI may go to a vendor, and why not when it may not.</summary>
/// <param name="Allowed">True when a valid agreement is on file.</param>
/// <param name="Reason"><see cref="GateRefusal.None"/> when allowed.</param>
public sealed record GateDecision(bool Allowed, GateRefusal Reason);
