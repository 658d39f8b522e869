namespace Ward.Portal;

/// <summary>The answer to a code and date of birth: a new session token, or the field that was
/// wrong. <see cref="StartOver"/> says the challenge is used up and a new code is needed.</summary>
internal sealed record VerifyOutcome(string? Token, PortalFormError? Error, bool StartOver = false);
