using System.Text;
using Ward.Triage.Replies;
using Ward.Triage.Rules;

namespace Ward.Triage;

/// <summary>
/// Fixed, reviewed safety texts in the patient's language. They never contain anything the
/// patient wrote, so they carry no PHI and can be sent before any other processing.
/// </summary>
public static class SafetyReplies
{
    /// <summary>Upper bound that keeps an emergency reply within a few SMS segments.</summary>
    private const int MaxLength = 600;

    private static readonly Dictionary<string, ReplyTable> Tables = Build();

    /// <summary>ISO 639-1 codes of the languages with reply texts.</summary>
    public static IReadOnlyCollection<string> Languages { get; } =
        Tables.Keys.ToList().AsReadOnly();

    /// <summary>
    /// The emergency reply: number(s) first (with Poison Control after 911 for a US
    /// poisoning), short instructions for up to two kinds, the
    /// alert sentence, and the location question when <see cref="TriageDecision.AskLocation"/>.
    /// </summary>
    /// <param name="decision">The triage decision.</param>
    /// <param name="fallbackLanguage">Used when the detected language has no texts.</param>
    public static string Emergency(TriageDecision decision, string fallbackLanguage)
    {
        ArgumentNullException.ThrowIfNull(decision);

        var table = Find(decision.Language, fallbackLanguage);
        var numbers = decision.Numbers.Count > 0
            ? decision.Numbers
            : EmergencyNumbers.For(decision.Region, decision.Kinds);
        var text = new StringBuilder();
        text.Append(numbers.Contains("112") && numbers.Contains("911")
            ? table.CallEither
            : string.Format(table.CallNow, numbers[0]));
        if (numbers.Contains("988"))
        {
            text.Append(' ').Append(table.Crisis);
        }

        // Poison Control is a US line: only after 911, never when the region is unclear.
        if (numbers.Contains("911") && !numbers.Contains("112")
            && decision.Kinds.Contains(EmergencyKind.Poisoning))
        {
            text.Append(' ').Append(string.Format(table.PoisonControl,
                EmergencyNumbers.UsPoisonControl));
        }

        AppendSteps(text, table, decision.Kinds);
        text.Append(' ').Append(table.Alerted);
        if (decision.AskLocation)
        {
            text.Append(' ').Append(table.AskWhere);
        }

        return text.ToString();
    }

    /// <summary>Holding reply for a clinical message, naming the number for the region.</summary>
    public static string ClinicalHolding(string language, PatientRegion region)
    {
        var table = Find(language, EnglishReplies.Table.Language);
        var number = region switch
        {
            PatientRegion.US => "911",
            PatientRegion.EU => "112",
            _ => table.Either,
        };
        return string.Format(table.Holding, number);
    }

    /// <summary>Acknowledgement for a routine message.</summary>
    public static string Acknowledgement(string language) =>
        Find(language, EnglishReplies.Table.Language).Acknowledgement;

    private static void AppendSteps(
        StringBuilder text, ReplyTable table, IReadOnlyList<EmergencyKind> kinds)
    {
        var added = 0;
        foreach (var kind in kinds)
        {
            var step = table.Steps[(int)kind];
            var room = MaxLength - text.Length - table.Alerted.Length - table.AskWhere.Length - 3;
            if (added == 2 || step.Length + 1 > room)
            {
                break;
            }

            text.Append(' ').Append(step);
            added++;
        }
    }

    private static ReplyTable Find(string? language, string? fallback)
    {
        if (language is not null && Tables.TryGetValue(language.ToLowerInvariant(), out var table))
        {
            return table;
        }

        if (fallback is not null && Tables.TryGetValue(fallback.ToLowerInvariant(), out table))
        {
            return table;
        }

        return EnglishReplies.Table;
    }

    private static Dictionary<string, ReplyTable> Build()
    {
        ReplyTable[] all = [.. ReplyTables.All];
        return all.ToDictionary(t => t.Language, StringComparer.Ordinal);
    }
}
