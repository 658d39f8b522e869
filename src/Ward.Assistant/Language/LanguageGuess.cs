namespace Ward.Assistant.Language;

/// <summary>The language a message is answered in, and why.</summary>
/// <param name="Code">ISO 639-1 code.</param>
/// <param name="Source">"script", "detector", "thread", "triage" or "practice".</param>
public sealed record LanguageGuess(string Code, string Source);
