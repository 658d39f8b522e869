using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Ward.Assistant.Knowledge;

/// <summary>Reads and checks the fields of one entry; problems name the field path.</summary>
internal static partial class EntryFields
{
    private static readonly string[] Known =
    [
        "id", "kind", "owner", "version", "expires", "language", "title", "answer", "keywords",
        "translations", "clinician", "location", "hours", "amount", "currency", "carriers", "link",
    ];

    public static KnowledgeEntry? Entry(
        YamlNode node, string path, string defaultLanguage, List<string> problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(path + ": must be an object");
            return null;
        }

        var before = problems.Count;
        Unknown(map, Known, path, problems);
        var id = Id(map, path + ".id", problems);
        var kind = Kind(map, path + ".kind", problems);
        var owner = Owner(map, path + ".owner", problems);
        var version = Version(map, path + ".version", problems);
        var expires = Date(map, "expires", path, problems);
        var language = Language(map, "language", problems, false, path) ?? defaultLanguage;
        var text = Text(map, path, problems);
        var translations = Translations(map, path + ".translations", problems);
        var extra = StructuredFields.Read(map, path, problems);
        if (problems.Count > before)
        {
            return null;
        }

        return new KnowledgeEntry
        {
            Id = id!, Kind = kind, Owner = owner!, Version = version, ExpiresOn = expires,
            Language = language, Text = text!, Translations = translations,
            Clinician = extra.Clinician, Location = extra.Location, Hours = extra.Hours,
            Amount = extra.Amount, Currency = extra.Currency, Carriers = extra.Carriers,
            Link = extra.Link,
        };
    }

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public static string? Scalar(YamlMappingNode map, string key) =>
        Child(map, key) is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;

    public static string? Language(YamlMappingNode map, string key, List<string> problems,
        bool required, string? path = null)
    {
        var name = path is null ? key : path + "." + key;
        var value = Scalar(map, key);
        if (value is null)
        {
            if (required)
            {
                problems.Add(name + ": required");
            }

            return null;
        }

        return LanguageCode().IsMatch(value) ? value
            : Problem<string>(problems, name + ": must be a two-letter ISO 639-1 code");
    }

    public static void Unknown(
        YamlMappingNode map, IReadOnlyCollection<string> known, string path, List<string> problems)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(name))
            {
                // A field name is the file's structure, not its content, so it may be named.
                problems.Add($"{path}.{(name.Length <= 40 ? name : name[..40])}: unknown field");
            }
        }
    }

    public static IReadOnlyList<string> Strings(
        YamlMappingNode map, string key, string path, List<string> problems)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode list
            || list.Children.Any(c => c is not YamlScalarNode { Value.Length: > 0 }))
        {
            problems.Add($"{path}.{key}: must be a list of words or phrases");
            return [];
        }

        return [.. list.Children.Cast<YamlScalarNode>().Select(c => c.Value!.Trim())];
    }

    public static DateOnly? Date(YamlMappingNode map, string key, string path, List<string> problems)
    {
        var value = Scalar(map, key);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) ? date
            : Problem<DateOnly?>(problems, $"{path}.{key}: must be a date, yyyy-MM-dd");
    }

    public static T? Problem<T>(List<string> problems, string problem)
    {
        problems.Add(problem);
        return default;
    }

    private static string? Id(YamlMappingNode map, string path, List<string> problems)
    {
        var value = Scalar(map, "id");
        return value is not null && IdPattern().IsMatch(value) ? value
            : Problem<string>(problems, path + ": required, lower-case letters, digits and '-', "
                + "at most 64");
    }

    private static KnowledgeKind Kind(YamlMappingNode map, string path, List<string> problems)
    {
        var value = Scalar(map, "kind")?.Replace("-", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse<KnowledgeKind>(value, ignoreCase: true, out var kind)
            && !int.TryParse(value, CultureInfo.InvariantCulture, out _) ? kind
            : Problem<KnowledgeKind>(problems, path + ": required, one of " + string.Join(", ",
                Enum.GetNames<KnowledgeKind>().Select(KindNames.ToWire)));
    }

    private static string? Owner(YamlMappingNode map, string path, List<string> problems)
    {
        var value = Scalar(map, "owner");
        return value is not null && EmailPattern().IsMatch(value) ? value
            : Problem<string>(problems, path + ": required, the owner's email address");
    }

    private static int Version(YamlMappingNode map, string path, List<string> problems)
    {
        var value = Scalar(map, "version");
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
            ? v : Problem<int>(problems, path + ": required, a whole number from 1");
    }

    private static EntryText? Text(YamlMappingNode map, string path, List<string> problems)
    {
        var title = Scalar(map, "title");
        var answer = Scalar(map, "answer");
        if (title is null)
        {
            problems.Add(path + ".title: required");
        }

        if (answer is null)
        {
            problems.Add(path + ".answer: required, the text a patient reads");
        }

        var keywords = Strings(map, "keywords", path, problems);
        return title is null || answer is null ? null : new EntryText(title, answer, keywords);
    }

    private static Dictionary<string, EntryText> Translations(
        YamlMappingNode map, string path, List<string> problems)
    {
        var result = new Dictionary<string, EntryText>(StringComparer.Ordinal);
        var node = Child(map, "translations");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlMappingNode languages)
        {
            problems.Add(path + ": must map language codes to a title and an answer");
            return result;
        }

        foreach (var (key, value) in languages.Children)
        {
            var code = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!LanguageCode().IsMatch(code))
            {
                problems.Add(path + ": each key must be a two-letter ISO 639-1 code");
            }
            else if (value is not YamlMappingNode words)
            {
                problems.Add($"{path}.{code}: must be an object with title and answer");
            }
            else
            {
                Unknown(words, ["title", "answer", "keywords"], $"{path}.{code}", problems);
                if (Text(words, $"{path}.{code}", problems) is { } text)
                {
                    result[code] = text;
                }
            }
        }

        return result;
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
