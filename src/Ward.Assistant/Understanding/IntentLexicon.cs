using Ward.Assistant.Text;

namespace Ward.Assistant.Understanding;

/// <summary>
/// One language's cue phrases per intent, parsed from text like
/// <c>[booking] appointment | book^2 | see the doctor</c>: a phrase matches when its words occur
/// in a row in the message (<c>..</c> lets up to three words come between); its weight is its
/// word count unless <c>^N</c> says otherwise. A cue word matches a message word that starts
/// with it less its last two letters (never fewer than four) and is at most four letters longer:
/// "wizyta" meets "wizyty" and "wizytę", "cancel" meets "cancelling", while "versicherung" and
/// "verschieben" stay apart, which a fixed-length stem would merge.
/// </summary>
internal sealed class IntentLexicon
{
    private IntentLexicon(string code, IReadOnlyList<Cue> cues)
    {
        Code = code;
        Cues = cues;
    }

    public string Code { get; }

    public IReadOnlyList<Cue> Cues { get; }

    public static IntentLexicon Parse(string code, string data)
    {
        var cues = new List<Cue>();
        Intent? current = null;
        foreach (var raw in data.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                var end = line.IndexOf(']', StringComparison.Ordinal);
                current = IntentNames.TryParse(line[1..end], out var intent) ? intent
                    : throw new InvalidOperationException($"Lexicon {code}: unknown section.");
                line = line[(end + 1)..];
            }

            if (current is { } section)
            {
                cues.AddRange(line.Split('|', StringSplitOptions.TrimEntries
                    | StringSplitOptions.RemoveEmptyEntries).Select(p => Cue.Parse(section, p)));
            }
        }

        return new IntentLexicon(code, cues);
    }

    /// <summary>A cue phrase, as stems.</summary>
    internal sealed record Cue(Intent Intent, IReadOnlyList<string> Stems, int Weight)
    {
        public static Cue Parse(Intent intent, string phrase)
        {
            var weight = 0;
            var caret = phrase.IndexOf('^', StringComparison.Ordinal);
            if (caret > 0)
            {
                weight = int.Parse(phrase[(caret + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                phrase = phrase[..caret];
            }

            var stems = new List<string>();
            foreach (var part in phrase.Split("..", StringSplitOptions.TrimEntries))
            {
                stems.Add(Gap);
                stems.AddRange(Folding.Tokens(part));
            }

            stems.RemoveAt(0);
            var words = stems.Count(s => s != Gap);
            return new Cue(intent, stems, weight > 0 ? weight : words);
        }

        private const string Gap = "\u0001";
        private static readonly string[] ArabicClitics = ["وال", "بال", "لل", "ال", "و", "ب"];
        private const int MaxGap = 3;

        public bool MatchesAt(IReadOnlyList<string> message, int start) =>
            Matches(message, start, 0);

        /// <summary>Where the cue first matches, or -1.</summary>
        public int FirstMatch(IReadOnlyList<string> message)
        {
            for (var i = 0; i < message.Count; i++)
            {
                if (Matches(message, i, 0))
                {
                    return i;
                }
            }

            return -1;
        }

        private bool Matches(IReadOnlyList<string> message, int at, int cue)
        {
            if (cue == Stems.Count)
            {
                return true;
            }

            if (Stems[cue] == Gap)
            {
                for (var skip = 0; skip <= MaxGap && at + skip <= message.Count; skip++)
                {
                    if (Matches(message, at + skip, cue + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            return at < message.Count && WordMatches(Stems[cue], message[at])
                && Matches(message, at + 1, cue + 1);
        }

        private static bool WordMatches(string cue, string word)
        {
            // Arabic joins the article and some prepositions to the word: "الموعد", "بالباص".
            foreach (var clitic in ArabicClitics)
            {
                if (word.Length > clitic.Length + 2 && word.StartsWith(clitic, StringComparison.Ordinal)
                    && !cue.StartsWith(clitic, StringComparison.Ordinal) && Matches(cue, word[clitic.Length..]))
                {
                    return true;
                }
            }

            return Matches(cue, word);
        }

        private static bool Matches(string cue, string word)
        {
            if (cue.Length <= 4 || cue.Any(Folding.IsIdeographic))
            {
                return string.Equals(cue, word, StringComparison.Ordinal)
                    || (cue.Length == 4 && word.Length <= 6 && word.StartsWith(cue, StringComparison.Ordinal));
            }

            var prefix = Math.Max(4, cue.Length - 2);
            return word.Length <= cue.Length + 4
                && word.AsSpan().StartsWith(cue.AsSpan(0, prefix), StringComparison.Ordinal);
        }
    }
}
