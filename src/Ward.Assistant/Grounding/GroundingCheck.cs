using System.Globalization;
using Ward.Assistant.Knowledge;
using Ward.Assistant.Text;

namespace Ward.Assistant.Grounding;

/// <summary>
/// The rule that keeps the assistant from inventing a policy or a fee: every number, price,
/// time, link and proper name in an answer must occur in one of the entries it cites (in any
/// of the entry's languages or structured fields) or in Ward's own phrase for the reply. An
/// answer that fails goes to staff instead; it is never sent.
/// </summary>
public static class GroundingCheck
{
    public static GroundingResult Check(
        string answer, IEnumerable<KnowledgeEntry> cited, IEnumerable<string> ownPhrases)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(cited);
        ArgumentNullException.ThrowIfNull(ownPhrases);
        var sources = Sources(cited, ownPhrases);
        var supported = new HashSet<(string, string)>(
            sources.SelectMany(FactExtractor.Extract).Select(f => (f.Kind, f.Value)));
        var words = new HashSet<string>(sources.SelectMany(Folding.Tokens), StringComparer.Ordinal);
        var folded = string.Join(' ', sources.Select(Folding.Fold));

        var unsupported = FactExtractor.Extract(answer).Where(f => f.Kind switch
        {
            "number" => !supported.Contains((f.Kind, f.Value)) && !words.Contains(f.Value),
            "link" => !folded.Contains(f.Value, StringComparison.Ordinal),
            _ => !words.Contains(f.Value) && !Folding.Tokens(f.Value).All(words.Contains),
        }).Distinct().ToList();
        return new GroundingResult(unsupported);
    }

    private static List<string> Sources(IEnumerable<KnowledgeEntry> cited, IEnumerable<string> own)
    {
        // A phrase's placeholder is not a fact: "{0}" must not vouch for a "$0".
        var sources = new List<string>(own.Select(p => p.Replace("{0}", " ", StringComparison.Ordinal)));
        foreach (var entry in cited)
        {
            sources.AddRange(Texts(entry.Text));
            sources.AddRange(entry.Translations.Values.SelectMany(Texts));
            sources.AddRange(new[] { entry.Clinician, entry.Location, entry.Link?.ToString() }
                .OfType<string>());
            sources.AddRange(entry.Carriers);
            sources.AddRange(entry.Hours.Select(h => string.Create(CultureInfo.InvariantCulture,
                $"{h.Days} {h.Opens:HH\\:mm} {h.Closes:HH\\:mm}")));
            if (entry.Amount is { } amount)
            {
                sources.Add(amount.ToString(CultureInfo.InvariantCulture) + " " + entry.Currency);
            }
        }

        return sources;
    }

    private static IEnumerable<string> Texts(EntryText text) =>
        [text.Title, text.Answer, .. text.Keywords];
}
