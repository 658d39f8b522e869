using Ward.Assistant.Knowledge;
using Ward.Assistant.Text;

namespace Ward.Assistant.Retrieval;

/// <summary>
/// Okapi BM25 over a knowledge base, one document per entry and language version (the entry's
/// own words, each translation, its structured facts), so a question in Spanish meets the
/// Spanish words and an English question the English ones. An entry scores as its best document.
/// Built once per knowledge-base version; immutable, safe to share between threads.
/// </summary>
public sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly List<Document> _documents = [];
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public Bm25Index(IEnumerable<KnowledgeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            foreach (var (language, text) in Versions(entry))
            {
                var stems = Stemmer.Stems(Words(entry, text));
                var counts = stems.GroupBy(s => s, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                _documents.Add(new Document(entry, language, counts, stems.Count));
                foreach (var term in counts.Keys)
                {
                    _frequency[term] = _frequency.GetValueOrDefault(term) + 1;
                }
            }
        }

        _averageLength = _documents.Count == 0 ? 1 : _documents.Average(d => (double)d.Length);
    }

    /// <summary>Entries matching <paramref name="question"/>, best first; only entries of
    /// <paramref name="kinds"/> when given.</summary>
    public IReadOnlyList<RetrievalHit> Search(
        string question, IReadOnlyCollection<KnowledgeKind>? kinds = null, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(question);
        var terms = Stemmer.Stems(question).Distinct(StringComparer.Ordinal).ToList();
        var best = new Dictionary<KnowledgeEntry, double>(ReferenceEqualityComparer.Instance);
        foreach (var document in _documents)
        {
            if (kinds is { Count: > 0 } && !kinds.Contains(document.Entry.Kind))
            {
                continue;
            }

            var score = Score(document, terms);
            if (score > 0 && score > best.GetValueOrDefault(document.Entry))
            {
                best[document.Entry] = score;
            }
        }

        return [.. best.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Id, StringComparer.Ordinal)
            .Take(top).Select(p => new RetrievalHit(p.Key, p.Value))];
    }

    private double Score(Document document, List<string> terms)
    {
        var score = 0d;
        foreach (var term in terms)
        {
            if (!document.Counts.TryGetValue(term, out var tf))
            {
                continue;
            }

            var df = _frequency[term];
            var idf = Math.Log(1 + ((_documents.Count - df + 0.5) / (df + 0.5)));
            var norm = K1 * (1 - B + (B * document.Length / _averageLength));
            score += idf * (tf * (K1 + 1)) / (tf + norm);
        }

        return score;
    }

    private static IEnumerable<(string Language, EntryText Text)> Versions(KnowledgeEntry entry)
    {
        yield return (entry.Language, entry.Text);
        foreach (var (language, text) in entry.Translations)
        {
            yield return (language, text);
        }
    }

    // Keywords and the title count twice: they are what the practice says the entry is about.
    private static string Words(KnowledgeEntry entry, EntryText text) => string.Join(' ',
        [text.Title, text.Title, text.Answer, .. text.Keywords, .. text.Keywords,
            entry.Clinician ?? string.Empty, entry.Location ?? string.Empty, .. entry.Carriers,
            .. entry.Hours.Select(h => h.Days)]);

    private sealed record Document(
        KnowledgeEntry Entry, string Language, Dictionary<string, int> Counts, int Length);
}
