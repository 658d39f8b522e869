namespace Ward.Triage;

/// <summary>
/// A phrase a practice adds to the built-in lexicons. It can only add emergency detection,
/// never remove it. The phrase uses the lexicon syntax described in the README.
/// </summary>
/// <param name="Language">ISO 639-1 code of the phrase's language.</param>
/// <param name="Kind">The emergency the phrase signals on its own.</param>
/// <param name="Phrase">The phrase, for example <c>"my chest is on fire"</c>.</param>
public sealed record CustomPhrase(string Language, EmergencyKind Kind, string Phrase);
