using System.Globalization;
using Ward.Registers;

namespace Ward.Cli;

/// <summary>Prints breach incidents and their clocks; the summary is not printed (it may name
/// people), only ids, counts and dates.</summary>
internal static class BreachPrinter
{
    public static void Print(IReadOnlyList<BreachView> views, string? only)
    {
        var shown = views.Where(v => only is null || v.Row.Id == only).ToList();
        if (only is null)
        {
            Console.WriteLine($"{shown.Count} incident(s), {shown.Count(v => v.IsOverdue)} overdue");
        }

        foreach (var view in shown)
        {
            var row = view.Row;
            Console.WriteLine($"{row.Id}  {row.Determination}  discovered "
                + $"{Format(view.Incident.DiscoveredAt)}  affected {row.AffectedCount}  "
                + $"regimes {row.Regimes}{(row.Vendor is null ? "" : "  vendor " + row.Vendor)}");
            foreach (var clock in view.Clocks)
            {
                Console.WriteLine("    " + Describe(clock));
            }
        }
    }

    private static string Describe(Compliance.Breaches.BreachDeadlineStatus clock)
    {
        var d = clock.Deadline;
        var who = BreachRecords.NameOf(d.Recipient);
        var due = d.Due is { } at ? "due " + Format(at) : "without undue delay";
        var state = clock.Done ? "done"
            : clock.Overdue ? "OVERDUE"
            : clock.Remaining is { } left ? $"{Left(left)} left" : "open";
        return $"{who,-14} {due,-28} {state,-16} ({d.Rule})";
    }

    private static string Left(TimeSpan left) => left.TotalHours < 48
        ? $"{(int)left.TotalHours} h"
        : $"{(int)left.TotalDays} days";

    internal static string Format(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
