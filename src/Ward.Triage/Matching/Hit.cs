namespace Ward.Triage.Matching;

/// <summary>One match of a pattern in a message.</summary>
/// <param name="Signal">What the pattern signals.</param>
/// <param name="Language">Index of the pattern's language.</param>
/// <param name="FirstToken">First token covered.</param>
/// <param name="LastToken">Last token covered (inclusive).</param>
/// <param name="Start">Offset in the original text.</param>
/// <param name="End">Offset one past the end in the original text.</param>
internal readonly record struct Hit(
    Signal Signal, int Language, int FirstToken, int LastToken, int Start, int End);
