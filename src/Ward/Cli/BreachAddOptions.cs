using System.CommandLine;
using System.Globalization;
using Ward.Registers;

namespace Ward.Cli;

/// <summary>The options of <c>ward breach add</c>, parsed into a <see
/// cref="BreachInput"/>.</summary>
internal sealed class BreachAddOptions
{
    public Option<string> Practice { get; } = CommonOptions.Practice();

    public Option<string?> Data { get; } = CommonOptions.Data();

    public Option<string> Summary { get; } = new("--summary")
    {
        Required = true, Description = "What happened (stored encrypted).",
    };

    public Option<DateTimeOffset?> Discovered { get; } =
        Time("--discovered", "When the practice learned of it (ISO 8601 with offset); default now.");

    public Option<string> Determination { get; } = new("--determination")
    {
        Description = "under-assessment (default), breach or no-breach.",
        DefaultValueFactory = _ => "under-assessment",
    };

    public Option<int> Affected { get; } = new("--affected")
    {
        Description = "How many people are affected.",
        Validators = { r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--affected must be 0 or more."); } },
    };

    public Option<string[]> Area { get; } = new("--area")
    {
        Description = "People affected per US state or EU country, e.g. --area TX=600 (repeat).",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Vendor { get; } = new("--vendor")
    {
        Description = "The vendor whose systems it happened in (its agreement sets its notice term).",
    };

    public BreachAddOptions() =>
        Determination.AcceptOnlyFromAmong([.. BreachRecords.Determinations.Keys]);

    public BreachInput Read(ParseResult result) => new(
        result.GetValue(Summary)!,
        result.GetValue(Discovered),
        BreachRecords.Determinations[result.GetValue(Determination)!],
        result.GetValue(Affected),
        ParseAreas(result.GetValue(Area) ?? []),
        result.GetValue(Vendor));

    public static Option<DateTimeOffset?> Time(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var at) && HasOffset(text))
            {
                return at;
            }

            r.AddError($"{name} must be a time with its offset, e.g. 2026-12-01T09:30:00Z.");
            return null;
        },
    };

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10;

    private static Dictionary<string, int> ParseAreas(string[] areas)
    {
        var parsed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var area in areas)
        {
            var parts = area.Split('=');
            if (parts.Length != 2 || parts[0].Length != 2 || !parts[0].All(char.IsAsciiLetterUpper)
                || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var count) || count < 0)
            {
                throw new CliException("--area must look like TX=600 (a two-letter code in "
                    + "capitals, then the number of people).");
            }

            parsed[parts[0]] = parsed.GetValueOrDefault(parts[0]) + count;
        }

        return parsed;
    }
}
