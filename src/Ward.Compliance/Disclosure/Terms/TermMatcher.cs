namespace Ward.Compliance.Disclosure.Terms;

/// <summary>
/// Finds terms in a folded text's words. Terms are indexed by their first word: a whole word
/// by itself, a prefix by its first letters; the few suffix and infix terms are tried at every
/// word.
/// </summary>
internal sealed class TermMatcher
{
    // Prefix terms are indexed by this many letters, so they must be at least as long; a
    // shorter prefix would meet too many unrelated words anyway.
    private const int KeyLength = 3;

    private readonly Dictionary<string, List<HealthTerm>> _byWord = [];
    private readonly Dictionary<string, List<HealthTerm>> _byPrefix = [];
    private readonly List<HealthTerm> _unanchored = [];

    public TermMatcher(IEnumerable<HealthTerm> terms)
    {
        foreach (var term in terms)
        {
            Add(term);
        }
    }

    public HealthInfoKind Match(IReadOnlyList<string> words)
    {
        var kinds = HealthInfoKind.None;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            kinds |= MatchAny(_byWord.GetValueOrDefault(word), words, i);
            if (word.Length >= KeyLength)
            {
                kinds |= MatchAny(_byPrefix.GetValueOrDefault(word[..KeyLength]), words, i);
            }

            kinds |= MatchAny(_unanchored, words, i);
        }

        return kinds;
    }

    private static HealthInfoKind MatchAny(
        List<HealthTerm>? terms, IReadOnlyList<string> words, int start)
    {
        var kinds = HealthInfoKind.None;
        if (terms is null)
        {
            return kinds;
        }

        foreach (var term in terms)
        {
            if ((kinds & term.Kind) == 0 && term.MeetsAt(words, start))
            {
                kinds |= term.Kind;
            }
        }

        return kinds;
    }

    private void Add(HealthTerm term)
    {
        var first = term.Words[0];
        switch (first.Mode)
        {
            case TermMode.Exact:
                AddTo(_byWord, first.Text, term);
                break;
            case TermMode.Prefix when first.Text.Length >= KeyLength:
                AddTo(_byPrefix, first.Text[..KeyLength], term);
                break;
            case TermMode.Prefix:
                throw new FormatException($"Prefix '{first.Text}' is shorter than {KeyLength}.");
            default:
                _unanchored.Add(term);
                break;
        }
    }

    private static void AddTo(
        Dictionary<string, List<HealthTerm>> index, string key, HealthTerm term)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(term);
    }
}
