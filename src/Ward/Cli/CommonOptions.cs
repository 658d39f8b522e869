using System.CommandLine;

namespace Ward.Cli;

/// <summary>Options that several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "The data directory (SQLite file, development key). Default: ./data",
    };

    public static Option<string> Practice() => new("--practice")
    {
        Description = "The practice id.",
        Required = true,
    };

    /// <summary>A date option (yyyy-MM-dd); a malformed date is a parse error naming the
    /// option.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description + " (yyyy-MM-dd, UTC)",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo
                .InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                && date.Year is >= 1970 and <= 9000)
            {
                return date;
            }

            result.AddError($"{name} must be a date written yyyy-MM-dd, from 1970 on.");
            return null;
        },
    };
}
