using System.Collections.Frozen;

namespace Ward.Compliance.Consent;

/// <summary>
/// Recognises opt-out and opt-in keywords. Carriers and Twilio act on the standard English
/// words, so Ward must record the same words as a withdrawal; Spanish and Bulgarian patients
/// get their own. Only a message that is nothing but the keyword counts: "I can't stop
/// bleeding" is a message, not an opt-out.
/// </summary>
public static class OptOutKeywords
{
    private static readonly FrozenSet<string> OptOutWords = new[]
    {
        "STOP", "STOPALL", "STOP ALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE",
        "OPTOUT", "BAJA", "ALTO", "PARAR", "СТОП",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OptInWords =
        new[] { "START", "UNSTOP" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Classifies a whole inbound message.</summary>
    public static OptOutSignal Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var keyword = Normalize(text);
        if (OptOutWords.Contains(keyword))
        {
            return OptOutSignal.OptOut;
        }

        return OptInWords.Contains(keyword) ? OptOutSignal.OptIn : OptOutSignal.None;
    }

    // Trimmed, upper case, trailing punctuation dropped ("Stop." and "stop!!"), and inner
    // spaces collapsed so "STOP  ALL" reads as "STOP ALL".
    private static string Normalize(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.Length;
        while (end > 0 && IsTrailing(trimmed[end - 1]))
        {
            end--;
        }

        var words = trimmed[..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).ToUpperInvariant();
    }

    private static bool IsTrailing(char c) => char.IsPunctuation(c) || char.IsWhiteSpace(c);
}
