namespace Ward.Portal;

/// <summary>The answer to "send me a code": the challenge to continue with, or why not. It is
/// the same whether or not the number is on file.</summary>
internal sealed record CodeRequestOutcome(string? ChallengeId, PortalFormError? Error);
