using System.CommandLine;

namespace Ward.Cli;

/// <summary><c>--from</c> and <c>--to</c>, inclusive UTC dates; <c>--from</c> after
/// <c>--to</c> is refused.</summary>
internal sealed class DateRangeOptions
{
    public DateRangeOptions(bool required = false)
    {
        From = CommonOptions.Date("--from", "The first day");
        To = CommonOptions.Date("--to", "The last day");
        From.Required = required;
        To.Required = required;
    }

    public Option<DateOnly?> From { get; }

    public Option<DateOnly?> To { get; }

    public (DateOnly From, DateOnly To) Read(ParseResult result)
    {
        var from = result.GetValue(From) ?? new DateOnly(1970, 1, 1);
        var to = result.GetValue(To) ?? new DateOnly(9000, 12, 31);
        if (from > to)
        {
            throw new CliException("--from must not be after --to.");
        }

        return (from, to);
    }

    public (long FromMs, long ToMs) ReadMs(ParseResult result)
    {
        var (from, to) = Read(result);
        return (Ms(from), Ms(to.AddDays(1)));
    }

    private static long Ms(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
}
