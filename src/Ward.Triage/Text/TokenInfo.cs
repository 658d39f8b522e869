namespace Ward.Triage.Text;

/// <summary>One token of a <see cref="NormalizedText"/>.</summary>
/// <param name="Start">Offset of the first folded character.</param>
/// <param name="End">Offset one past the last folded character.</param>
/// <param name="Clause">Clause number, counted from zero, restarted never.</param>
/// <param name="Sentence">Sentence number, counted from zero.</param>
internal readonly record struct TokenInfo(int Start, int End, int Clause, int Sentence);
