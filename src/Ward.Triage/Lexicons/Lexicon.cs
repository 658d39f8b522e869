using Ward.Triage.Matching;

namespace Ward.Triage.Lexicons;

/// <summary>
/// The phrases of one language, written as plain text so that a clinician or translator can
/// review them line by line. Format: a line <c>[Signal]</c> starts a section named after a
/// <see cref="Signal"/>; other lines hold phrases separated by <c>|</c>; <c>#</c> starts a
/// comment line; a line <c>@skeleton</c> opts the language into Latin transliteration
/// matching (see <see cref="Text.Transliterator"/>).
/// </summary>
internal sealed class Lexicon
{
    private Lexicon(string code, bool skeleton, IReadOnlyList<LexiconEntry> entries)
    {
        Code = code;
        UsesSkeleton = skeleton;
        Entries = entries;
    }

    /// <summary>ISO 639-1 code.</summary>
    public string Code { get; }

    /// <summary>True when Latin spellings of this language's phrases should match.</summary>
    public bool UsesSkeleton { get; }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    public static Lexicon Parse(string code, string data)
    {
        var entries = new List<LexiconEntry>();
        var skeleton = false;
        Signal? section = null;
        foreach (var rawLine in data.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line == "@skeleton")
            {
                skeleton = true;
            }
            else if (line[0] == '[')
            {
                section = Enum.Parse<Signal>(line.Trim('[', ']'));
            }
            else
            {
                var signal = section ?? throw new FormatException($"{code}: phrase before section");
                AddPhrases(entries, signal, line);
            }
        }

        return new Lexicon(code, skeleton, entries);
    }

    private static void AddPhrases(List<LexiconEntry> entries, Signal signal, string line)
    {
        foreach (var phrase in line.Split('|', StringSplitOptions.TrimEntries))
        {
            if (phrase.Length > 0)
            {
                entries.Add(new LexiconEntry(signal, phrase));
            }
        }
    }
}
