namespace Ward.Assistant.Text;

/// <summary>
/// A deliberately crude stemmer for every language at once: a folded word loses a final plural
/// "s" and is cut to its first four letters; the Arabic article is dropped. Inflected languages
/// (Polish, Russian, Bulgarian, Greek, Turkish) vary mostly at the end of a word, so "wizyta",
/// "wizyty" and "wizytę" meet, at the price of the odd false friend ("medical", "medication").
/// The intent lexicons and the retrieval both go through it, so they agree on what a word is.
/// </summary>
internal static class Stemmer
{
    public const int Length = 4;

    public static string Stem(string token)
    {
        if (token.Length > 4 && token.StartsWith("ال", StringComparison.Ordinal))
        {
            token = token[2..];
        }

        if (token.Any(Folding.IsIdeographic) || token.All(char.IsDigit))
        {
            return token;
        }

        if (token.Length > 3 && token[^1] is 's' or 'σ')
        {
            token = token[..^1];
        }

        return token.Length <= Length ? token : token[..Length];
    }

    public static List<string> Stems(string text) => [.. Folding.Tokens(text).Select(Stem)];
}
