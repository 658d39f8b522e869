namespace Ward.Triage.Matching;

/// <summary>Consecutive words of a phrase; a word may be a prefix ("bleed*").</summary>
internal sealed class Segment(string[] words, bool[] prefix)
{
    public string[] Words { get; } = words;

    public bool[] Prefix { get; } = prefix;
}
