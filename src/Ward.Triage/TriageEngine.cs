using Ward.Triage.Lexicons;
using Ward.Triage.Matching;
using Ward.Triage.Rules;
using Ward.Triage.Text;

namespace Ward.Triage;

/// <summary>
/// The safety triage: a pure, deterministic decision for one inbound message. All lexicons are
/// compiled at construction; an instance is immutable and safe to share between threads.
/// </summary>
public sealed class TriageEngine
{
    // One hit list per thread, reused: Decide is synchronous and the list never escapes it.
    [ThreadStatic]
    private static List<Hit>? t_hits;

    private readonly PhraseMatcher _folded = new();
    private readonly PhraseMatcher _skeleton = new();
    private readonly List<string> _codes = [];
    private readonly HashSet<string> _skeletonLanguages = new(StringComparer.Ordinal);

    /// <summary>Creates an engine with the built-in lexicons only.</summary>
    public TriageEngine()
        : this([])
    {
    }

    /// <summary>
    /// Creates an engine with the built-in lexicons plus a practice's own phrases. Practice
    /// phrases can only add emergency detection; nothing can remove a built-in phrase.
    /// </summary>
    /// <param name="practicePhrases">Phrases that signal an emergency kind on their own.</param>
    public TriageEngine(IEnumerable<CustomPhrase> practicePhrases)
    {
        ArgumentNullException.ThrowIfNull(practicePhrases);
        foreach (var lexicon in BuiltInLexicons.All)
        {
            AddLexicon(lexicon, IndexOf(lexicon.Code));
        }

        AddLexicon(BuiltInLexicons.Places, -1);
        foreach (var custom in practicePhrases)
        {
            ArgumentNullException.ThrowIfNull(custom);
            ArgumentException.ThrowIfNullOrWhiteSpace(custom.Language, nameof(practicePhrases));
            ArgumentException.ThrowIfNullOrWhiteSpace(custom.Phrase, nameof(practicePhrases));
            var language = IndexOf(custom.Language.ToLowerInvariant());
            var skeleton = _skeletonLanguages.Contains(_codes[language]);
            AddPhrase((Signal)custom.Kind, language, custom.Phrase, skeleton);
        }

        Languages = _codes.AsReadOnly();
    }

    /// <summary>ISO 639-1 codes of the languages with a lexicon.</summary>
    public IReadOnlyCollection<string> Languages { get; }

    /// <summary>Triages one message.</summary>
    /// <param name="text">The message as the patient wrote it.</param>
    /// <param name="region">The region on the patient's account, used unless the text says
    /// where the patient is now.</param>
    public TriageDecision Decide(string text, PatientRegion region)
    {
        ArgumentNullException.ThrowIfNull(text);

        var hits = t_hits ??= new List<Hit>(64);
        try
        {
            return Decide(Analyze(text, hits), text, region);
        }
        finally
        {
            // The list is reused by the next call on this thread; keep big ones from lingering.
            hits.Clear();
            if (hits.Capacity > 4096)
            {
                t_hits = null;
            }
        }
    }

    /// <summary>Matches every lexicon and applies the context rules.</summary>
    internal Analysis Analyze(string text) => Analyze(text, []);

    private TriageDecision Decide(Analysis analysis, string text, PatientRegion region)
    {
        var found = KindRules.Evaluate(analysis);
        var language = LanguageDetector.Detect(text, analysis, _codes);
        var where = RegionResolver.FromText(analysis) ?? region;
        if (!found.Any)
        {
            // The region still follows the text, so a holding reply names the right number.
            var category = CategoryRules.Classify(analysis);
            return new TriageDecision(category, [], [], [], language, where, false);
        }

        var kinds = found.Kinds();
        return new TriageDecision(
            TriageCategory.Emergency, kinds, EmergencyNumbers.For(where, kinds), found.Evidence(),
            language, where, where == PatientRegion.Unknown);
    }

    private Analysis Analyze(string text, List<Hit> hits)
    {
        var folded = TextNormalizer.Normalize(text);

        // Slips are corrected for the lexicons as written only; the skeleton view keeps the
        // patient's spelling, since Latin-script Bulgarian words are not English slips.
        var corrected = TypoCorrector.Correct(folded);
        _folded.Match(corrected, hits);
        _skeleton.Match(Transliterator.ToSkeleton(folded, cyrillic: false), hits);
        var analysis = new Analysis(corrected, hits);
        ContextFilter.Apply(analysis);
        return analysis;
    }

    private int IndexOf(string code)
    {
        var index = _codes.IndexOf(code);
        if (index < 0)
        {
            _codes.Add(code);
            index = _codes.Count - 1;
        }

        return index;
    }

    private void AddLexicon(Lexicon lexicon, int language)
    {
        if (lexicon.UsesSkeleton)
        {
            _skeletonLanguages.Add(lexicon.Code);
        }

        foreach (var entry in lexicon.Entries)
        {
            AddPhrase(entry.Signal, language, entry.Phrase, lexicon.UsesSkeleton);
        }
    }

    // A phrase of a skeleton language is matched as written (Cyrillic against Cyrillic) and
    // as a skeleton (against Latin spellings); a Latin phrase of such a language only as a
    // skeleton, so that every spelling variant of it matches.
    private void AddPhrase(Signal signal, int language, string phrase, bool skeleton)
    {
        var latin = !phrase.Any(c => c is >= '\u0400' and <= '\u04FF');
        if (!skeleton || !latin)
        {
            Add(_folded, PatternCompiler.Compile(signal, language, phrase, skeleton: false));
        }

        if (skeleton)
        {
            Add(_skeleton, PatternCompiler.Compile(signal, language, phrase, skeleton: true));
        }
    }

    private static void Add(PhraseMatcher matcher, Pattern? pattern)
    {
        if (pattern is not null)
        {
            matcher.Add(pattern);
        }
    }
}
