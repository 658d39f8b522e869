using System.Text.RegularExpressions;
using Ward.Assistant.Text;

namespace Ward.Assistant.Grounding;

/// <summary>
/// Finds the facts in a text: every number as written, with its separators ("08:00" is the time
/// 8:00, "$45.50" the amount 45.50, "3 days" the count 3; "$0" is not the "00" of a time), every
/// link or email address, and every capitalised word that does not open a sentence (names of
/// clinicians, carriers, streets, days).
/// </summary>
internal static partial class FactExtractor
{
    private static readonly HashSet<string> Abbreviations =
        new(["dr", "dra", "mr", "mrs", "ms", "st", "prof", "no", "nr", "ул", "д-р", "др"],
            StringComparer.Ordinal);

    public static IEnumerable<Fact> Extract(string text)
    {
        foreach (Match m in Digits().Matches(text))
        {
            yield return new Fact("number", Number(m.Value));
        }

        foreach (Match m in Links().Matches(text))
        {
            yield return new Fact("link", Folding.Fold(m.Value.TrimEnd('.', ',', ')', ';')));
        }

        foreach (var name in Names(Links().Replace(text, " ")))
        {
            yield return new Fact("name", name);
        }
    }

    /// <summary>Leading zeros dropped: "08:00" and "8:00" are the same time.</summary>
    public static string Number(string number)
    {
        var trimmed = number.TrimStart('0');
        return trimmed.Length == 0 || !char.IsDigit(trimmed[0]) ? "0" + trimmed : trimmed;
    }

    private static IEnumerable<string> Names(string text)
    {
        var sentenceStart = true;
        foreach (Match m in Words().Matches(text))
        {
            var word = m.Value;
            var before = m.Index > 0 ? text[..m.Index].TrimEnd() : string.Empty;
            var opens = sentenceStart || before.Length == 0 || before[^1] is '.' or '!' or '?'
                or ':' or '\n' or '¿' or '¡' or '"' or '«' or '(' or '-' or '•' or '*';
            if (opens && before.Length > 0 && before[^1] == '.' && PreviousIsAbbreviation(before))
            {
                opens = false;
            }

            if (!opens && char.IsUpper(word[0]))
            {
                yield return Folding.Fold(word);
            }

            sentenceStart = false;
        }
    }

    private static bool PreviousIsAbbreviation(string before)
    {
        var words = Words().Matches(before);
        return words.Count > 0 && Abbreviations.Contains(Folding.Fold(words[^1].Value));
    }

    [GeneratedRegex(@"\d+(?:[:.,]\d+)*")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(https?://\S+|www\.\S+|[^\s@]+@[^\s@]+\.[^\s@]+)")]
    private static partial Regex Links();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'’-]*")]
    private static partial Regex Words();
}
