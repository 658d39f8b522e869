namespace Ward.Triage.Text;

/// <summary>
/// A folded view of a message: tokens separated by single spaces, each character mapped back
/// to the range of the original text it came from, each token tagged with its clause and
/// sentence so that negation and history cues stay local.
/// </summary>
internal sealed class NormalizedText
{
    public NormalizedText(string text, int[] origStart, int[] origEnd, TokenInfo[] tokens)
    {
        Text = text;
        OrigStart = origStart;
        OrigEnd = origEnd;
        Tokens = tokens;
        TokenAt = new int[text.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            var end = t + 1 < tokens.Length ? tokens[t + 1].Start : text.Length;
            for (var i = tokens[t].Start; i < end; i++)
            {
                TokenAt[i] = t;
            }
        }
    }

    /// <summary>The folded text.</summary>
    public string Text { get; }

    /// <summary>For each folded character, the first original character it came from.</summary>
    public int[] OrigStart { get; }

    /// <summary>For each folded character, one past the last original character.</summary>
    public int[] OrigEnd { get; }

    /// <summary>The tokens, in order.</summary>
    public TokenInfo[] Tokens { get; }

    /// <summary>For each folded character, the index of the token it belongs to.</summary>
    public int[] TokenAt { get; }

    public ReadOnlySpan<char> TokenText(int token)
    {
        var info = Tokens[token];
        return Text.AsSpan(info.Start, info.End - info.Start);
    }
}
