using Ward.Triage.Matching;

namespace Ward.Triage.Lexicons;

/// <summary>One phrase of a lexicon with what it signals.</summary>
internal readonly record struct LexiconEntry(Signal Signal, string Phrase);
