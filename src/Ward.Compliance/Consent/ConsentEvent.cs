namespace Ward.Compliance.Consent;

/// <summary>One recorded consent choice.</summary>
/// <param name="Purpose">What the choice is about.</param>
/// <param name="Choice">Granted or withdrawn.</param>
/// <param name="At">When the patient made the choice.</param>
public sealed record ConsentEvent(ConsentPurpose Purpose, ConsentChoice Choice, DateTimeOffset At);
