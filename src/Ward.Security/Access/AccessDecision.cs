namespace Ward.Security.Access;

/// <summary>
/// The outcome of an access check. <see cref="ByBreakGlass"/> marks access granted only because
/// glass was broken, which the caller must audit as such. <see cref="Reason"/> names the role
/// and permissions, never data.
/// </summary>
public sealed record AccessDecision(bool Allowed, bool ByBreakGlass, string Reason);
