using Ward.Assistant.Text;
using Ward.Assistant.Understanding.Lexicons;

namespace Ward.Assistant.Understanding;

/// <summary>
/// Reads the intent of a message from cue phrases: the message's own language and English
/// (patients mix them: "mi insurance", "appointment за утре"), with every language's
/// clinical-question cues, since a question asking for judgement must never slip through
/// because of a wrongly detected language. Ties go to the more specific intent: cancelling and
/// rescheduling before booking, the named intents before small talk.
/// </summary>
internal sealed class IntentClassifier
{
    // Earlier wins a tie.
    private static readonly Intent[] Precedence =
    [
        Intent.Cancelling, Intent.Rescheduling, Intent.RefillRequest, Intent.SpeakToPerson,
        Intent.IntakeForm, Intent.InsuranceAccepted, Intent.BillingQuestion, Intent.Directions,
        Intent.OpeningHours, Intent.Booking, Intent.Question, Intent.SmallTalk,
    ];

    private readonly Dictionary<string, IntentLexicon> _byLanguage =
        AllCues.All.ToDictionary(l => l.Code, StringComparer.Ordinal);

    private readonly IntentLexicon.Cue[] _clinical =
        [.. AllCues.All.SelectMany(l => l.Cues).Where(c => c.Intent == Intent.Clinical)];

    public MessageReading Read(string text, string language)
    {
        var words = Folding.Tokens(text);
        var scores = Score(LexiconsFor(language), words);

        // A message whose language was misread still has its cues in its real language.
        if (scores.Count == 0)
        {
            scores = Score(_byLanguage.Values, words);
        }

        var judgement = _clinical.Any(c => Occurs(c, words));
        var best = Intent.Unknown;
        var bestScore = 0;
        foreach (var intent in Precedence)
        {
            var score = scores.GetValueOrDefault(intent);
            if (score > bestScore)
            {
                (best, bestScore) = (intent, score);
            }
        }

        // Small talk is last in precedence: it wins only when nothing else was asked.
        return new MessageReading(best, bestScore, judgement, words);
    }

    // Each word counts once per intent, for its strongest cue: "insurance", "insurances" and
    // "insured" all matching one word must not outweigh two different billing cues.
    private static Dictionary<Intent, int> Score(IEnumerable<IntentLexicon> lexicons, List<string> words)
    {
        var scores = new Dictionary<Intent, int>();
        var covered = new HashSet<(Intent, int)>();
        var cues = lexicons.SelectMany(l => l.Cues).Where(c => c.Intent != Intent.Clinical)
            .OrderByDescending(c => c.Weight);
        foreach (var cue in cues)
        {
            var at = cue.FirstMatch(words);
            if (at >= 0 && covered.Add((cue.Intent, at)))
            {
                scores[cue.Intent] = scores.GetValueOrDefault(cue.Intent) + cue.Weight;
            }
        }

        return scores;
    }

    private IEnumerable<IntentLexicon> LexiconsFor(string language)
    {
        if (_byLanguage.TryGetValue(language, out var own))
        {
            yield return own;
        }

        if (language != "en")
        {
            yield return _byLanguage["en"];
        }
    }

    private static bool Occurs(IntentLexicon.Cue cue, List<string> words) =>
        cue.FirstMatch(words) >= 0;
}
