namespace Ward.Triage.Matching;

/// <summary>
/// A compiled lexicon phrase. Token patterns are segments of words with gaps of up to
/// <see cref="MaxGap"/> tokens between segments ("can't .. breathe"). Substring patterns serve
/// scripts written without spaces (Chinese, Japanese, Korean, Thai) and match anywhere.
/// </summary>
internal sealed class Pattern(Signal signal, int language, Segment[] segments, string substring)
{
    /// <summary>
    /// Gap allowed between segments. Four tokens covers "can't really catch my breath"
    /// without letting a phrase reach across a whole sentence.
    /// </summary>
    public const int MaxGap = 4;

    public Signal Signal { get; } = signal;

    /// <summary>Index of the language in the engine's language table.</summary>
    public int Language { get; } = language;

    public Segment[] Segments { get; } = segments;

    /// <summary>Non-empty for substring patterns.</summary>
    public string Substring { get; } = substring;

    public bool IsSubstring => Substring.Length > 0;
}
