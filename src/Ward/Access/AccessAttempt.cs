using Ward.Security.Access;

namespace Ward.Access;

/// <summary>One check of the permission matrix: the rule, who asked, where, what was decided,
/// and the break-glass reason if one was given.</summary>
internal sealed record AccessAttempt(
    CommandRule Rule, Principal Principal, string? PracticeId, AccessDecision Decision,
    string? BreakGlassReason);
