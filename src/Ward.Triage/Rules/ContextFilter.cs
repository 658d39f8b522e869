using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>
/// Cancels alarming hits that the text itself takes back: a negation just before it in the
/// same clause ("no chest pain"), a cancelling word just after it in the same sentence ("chest
/// pain is gone"), a past episode close by in the same clause ("heart attack in 2019"), a
/// general or hypothetical question earlier in the same sentence ("what are the signs of a
/// stroke?"; a question after the symptom, "he can't breathe, what do I do", cancels nothing)
/// or an idiom
/// that covers it ("this form is killing me", "the boss will have a fit", "food poisoning";
/// idioms only cancel suicidal, seizure and poisoning language, so "my chest is killing me"
/// stays an emergency) or laughter next to a breathing or fit cue ("can't breathe from
/// laughing", "nearly had a fit laughing"); an accident next to self-harm words ("accidentally
/// cut myself") takes them back too. The windows are short on purpose: when the
/// link between a cue and a symptom is uncertain the symptom stays, because safety wins.
/// </summary>
internal static class ContextFilter
{
    private const int NegationWindow = 3;
    private const int PostNegationWindow = 4;
    private const int HistoryWindow = 6;
    private const int LaughterWindow = 4;

    /// <summary>
    /// How far from a hit a modifier can start and still matter: the longest window plus the
    /// length of a long negation or idiom phrase.
    /// </summary>
    private const int Reach = 12;

    public static void Apply(Analysis analysis)
    {
        var hits = analysis.Hits;
        var found = hits.FindAll(h => h.Signal is Signal.Idiom or Signal.Negation
            or Signal.PostNegation or Signal.History or Signal.Laughter or Signal.Accidental);
        AddYears(analysis, found);
        var hypothetical = HypotheticalStarts(analysis);
        if (found.Count == 0 && hypothetical.Count == 0)
        {
            return;
        }

        // Sorted by position, so each hit looks only at the modifiers near it: a message
        // of 10 kB repeating "no chest pain" stays linear.
        var modifiers = SortDistinct(found, analysis.Text.Tokens.Length);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (IsAlarm(hit.Signal))
            {
                var sentence = analysis.Text.Tokens[hit.FirstToken].Sentence;
                var asked = hypothetical.TryGetValue(sentence, out var end) && end < hit.FirstToken;
                analysis.Active[i] = !asked && !IsCancelled(analysis, modifiers, hit);
            }
        }
    }

    // A counting sort by first token, keeping one modifier per signal and span: the same cue
    // matched by several languages ("no" is a negation in many) is checked once, so a hit
    // meets a bounded number of modifiers however the message repeats them.
    private static List<Hit> SortDistinct(List<Hit> found, int tokenCount)
    {
        var next = new int[tokenCount + 1];
        foreach (var hit in found)
        {
            next[hit.FirstToken + 1]++;
        }

        for (var t = 1; t <= tokenCount; t++)
        {
            next[t] += next[t - 1];
        }

        var sorted = new Hit[found.Count];
        foreach (var hit in found)
        {
            sorted[next[hit.FirstToken]++] = hit;
        }

        var distinct = new List<Hit>(sorted.Length);
        var groupStart = 0;
        foreach (var hit in sorted)
        {
            groupStart = distinct.Count > groupStart
                && distinct[groupStart].FirstToken != hit.FirstToken ? distinct.Count : groupStart;
            if (!HasSame(distinct, groupStart, hit))
            {
                distinct.Add(hit);
            }
        }

        return distinct;
    }

    private static bool HasSame(List<Hit> list, int from, Hit hit)
    {
        for (var i = from; i < list.Count; i++)
        {
            if (list[i].Signal == hit.Signal && list[i].LastToken == hit.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    // For each sentence, where its first hypothetical cue ends.
    private static Dictionary<int, int> HypotheticalStarts(Analysis analysis)
    {
        var starts = new Dictionary<int, int>();
        foreach (var hit in analysis.Hits)
        {
            if (hit.Signal == Signal.Hypothetical)
            {
                var sentence = analysis.Text.Tokens[hit.FirstToken].Sentence;
                starts[sentence] = Math.Min(starts.GetValueOrDefault(sentence, int.MaxValue),
                    hit.LastToken);
            }
        }

        return starts;
    }

    /// <summary>Signals that can raise or support an emergency and can be taken back.</summary>
    public static bool IsAlarm(Signal signal) => signal <= Signal.Pregnant
        && signal is not (Signal.AgeDay or Signal.AgeWeek or Signal.AgeMonth or Signal.Duration);

    private static int LowerBound(List<Hit> sorted, int token)
    {
        var (low, high) = (0, sorted.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].FirstToken < token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // "can't talk and her mouth droops": a negation does not reach across "and".
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
    {
        "and", "but", "y", "pero", "и", "но", "at", "und", "aber", "et", "mais", "e", "ma",
        "i", "ale", "ve", "ama", "και", "αλλα", "va", "nhung", "en", "maar", "si", "dar",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConjunctionLookup
        = Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>();

    // "had a heart attack years ago and now chest pain again": a word for the present between
    // a past cue and a symptom ends the past.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NowLookup =
        new HashSet<string>(StringComparer.Ordinal)
        {
            "now", "today", "tonight", "currently", "again", "ahora", "hoy", "otra", "сега",
            "днес", "пак", "отново",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a word like "and" or "but" stands in the token range.</summary>
    public static bool HasConjunction(Analysis analysis, int from, int to) =>
        HasWord(ConjunctionLookup, analysis, from, to);

    private static bool HasWord(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words,
        Analysis analysis, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (words.Contains(analysis.Text.TokenText(t)))
            {
                return true;
            }
        }

        return false;
    }

    // A calendar year in a clause ("heart attack in 2019", "2018 einen Herzinfarkt") marks a
    // past episode in every language without a lexicon entry.
    private static void AddYears(Analysis analysis, List<Hit> modifiers)
    {
        var text = analysis.Text;
        for (var t = 0; t < text.Tokens.Length; t++)
        {
            var token = text.TokenText(t);
            var isYear = token.Length == 4 && int.TryParse(token, out var year)
                && year is >= 1950 and < 2050;
            if (isYear)
            {
                modifiers.Add(new Hit(Signal.History, -1, t, t, 0, 0));
            }
        }
    }

    // Words between two hits, zero when they touch or overlap.
    private static int Gap(Hit a, Hit b) =>
        Math.Max(0, Math.Max(a.FirstToken - b.LastToken, b.FirstToken - a.LastToken) - 1);

    private static bool IsCancelled(Analysis analysis, List<Hit> modifiers, Hit hit)
    {
        var tokens = analysis.Text.Tokens;
        var clause = tokens[hit.FirstToken].Clause;
        var sentence = tokens[hit.FirstToken].Sentence;
        var first = LowerBound(modifiers, hit.FirstToken - Reach);
        for (var m = first; m < modifiers.Count; m++)
        {
            var other = modifiers[m];
            if (other.FirstToken > hit.LastToken + Reach)
            {
                break;
            }

            var cancels = other.Signal switch
            {
                Signal.Idiom => hit.Signal is Signal.SuicideSelfHarm or Signal.Seizure
                        or Signal.Poisoning or Signal.Toxin
                    && other.FirstToken <= hit.LastToken && other.LastToken >= hit.FirstToken,
                Signal.Negation => other.LastToken < hit.FirstToken
                    && hit.FirstToken - other.LastToken <= NegationWindow
                    && tokens[other.LastToken].Clause == clause
                    && !HasConjunction(analysis, other.LastToken + 1, hit.FirstToken),
                Signal.PostNegation => other.FirstToken > hit.LastToken
                    && other.FirstToken - hit.LastToken <= PostNegationWindow
                    && tokens[other.FirstToken].Sentence == sentence,
                Signal.History => tokens[other.FirstToken].Clause == clause
                    && Math.Abs(other.FirstToken - hit.FirstToken) <= HistoryWindow
                    && !HasWord(NowLookup, analysis, Math.Min(other.LastToken, hit.LastToken),
                        Math.Max(other.FirstToken, hit.FirstToken)),
                Signal.Accidental => hit.Signal == Signal.SuicideSelfHarm
                    && tokens[other.LastToken].Clause == clause
                    && Gap(other, hit) <= NegationWindow,
                Signal.Laughter => hit.Signal is Signal.Breathing or Signal.Seizure
                    && tokens[other.FirstToken].Sentence == sentence
                    && Gap(other, hit) <= LaughterWindow,
                _ => false,
            };
            if (cancels)
            {
                return true;
            }
        }

        return false;
    }
}
