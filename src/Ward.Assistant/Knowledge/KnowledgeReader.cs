using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ward.Assistant.Knowledge;

/// <summary>
/// Reads a knowledge-base file, YAML or JSON (JSON is read as the YAML it is a subset of).
/// The file is refused whole when anything is wrong, with every problem named by its field
/// path and never by its value, since a practice's file may be pasted from anywhere.
/// </summary>
public static class KnowledgeReader
{
    /// <summary>Reads the text of a file; throws <see cref="KnowledgeFormatException"/>.</summary>
    public static KnowledgeBase Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = Parse(text);
        var problems = new List<string>();
        var language = EntryFields.Language(root, "language", problems, required: false) ?? "en";
        var entries = new List<KnowledgeEntry>();
        if (EntryFields.Child(root, "entries") is not YamlSequenceNode list)
        {
            problems.Add("entries: required, a list of entries");
        }
        else
        {
            for (var i = 0; i < list.Children.Count; i++)
            {
                var entry = EntryFields.Entry(list.Children[i], $"entries[{i}]", language, problems);
                AddUnique(entry, entries, $"entries[{i}].id", problems);
            }
        }

        return problems.Count > 0
            ? throw new KnowledgeFormatException(problems)
            : new KnowledgeBase(language, entries);
    }

    private static YamlMappingNode Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode map
                ? map
                : throw new KnowledgeFormatException("the file must hold one object with 'entries'");
        }
        catch (YamlException e)
        {
            // The parser's message may quote the offending text; only the position is kept.
            throw new KnowledgeFormatException(
                $"not valid YAML or JSON near line {e.Start.Line}, column {e.Start.Column}", e);
        }
    }

    private static void AddUnique(
        KnowledgeEntry? entry, List<KnowledgeEntry> entries, string path, List<string> problems)
    {
        if (entry is null)
        {
            return;
        }

        if (entries.Any(e => e.Id == entry.Id))
        {
            problems.Add(path + ": repeats an id used by an earlier entry");
            return;
        }

        entries.Add(entry);
    }
}
