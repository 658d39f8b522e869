using System.Globalization;
using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>
/// Reads the numbers that matter for infant fever: a baby's age ("6 wk old", "9 седмици",
/// "bebé de 2 meses") and a body temperature ("38,7", "100.4"). Units come from the lexicons,
/// so a new language only adds its words for days, weeks and months.
/// </summary>
internal static class NumberReader
{
    /// <summary>Fever threshold for babies under three months: 38.0 °C, 100.4 °F.</summary>
    private const double FeverCelsius = 38.0;
    private const double FeverFahrenheit = 100.4;

    /// <summary>Returns the hit covering an age under three months, or null.</summary>
    public static Hit? FindInfantAge(Analysis analysis)
    {
        foreach (var unit in analysis.Hits)
        {
            if (unit.Signal is not (Signal.AgeDay or Signal.AgeWeek or Signal.AgeMonth))
            {
                continue;
            }

            var numberToken = unit.FirstToken - 1;
            if (numberToken < 0 || !TryInteger(analysis, numberToken, out var value)
                || IsDuration(analysis, numberToken) || IsPregnancy(analysis, unit.LastToken))
            {
                continue;
            }

            if (IsUnderThreeMonths(unit.Signal, value))
            {
                var start = analysis.Text.OrigStart[analysis.Text.Tokens[numberToken].Start];
                return unit with { FirstToken = numberToken, Start = start };
            }
        }

        return null;
    }

    /// <summary>Returns the span of a fever-range temperature, or null.</summary>
    public static (int Start, int End)? FindFeverTemperature(Analysis analysis)
    {
        var text = analysis.Text;
        var feverWords = analysis.Mentions(Signal.Fever);
        for (var t = 0; t < text.Tokens.Length; t++)
        {
            var token = text.TokenText(t);
            var style = NumberStyles.AllowDecimalPoint;
            if (!double.TryParse(token, style, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var whole = !token.Contains('.');
            var unit = t + 1 < text.Tokens.Length && text.TokenText(t + 1) is "c" or "f";
            if (IsFever(value) && (!whole || unit || feverWords))
            {
                var info = text.Tokens[t];
                return (text.OrigStart[info.Start], text.OrigEnd[info.End - 1]);
            }
        }

        return null;
    }

    // Whole numbers are accepted only with a unit or a fever word nearby: "38 weeks" is not
    // a temperature, "has 38 degrees" is.
    private static bool IsFever(double value) =>
        value is >= FeverCelsius and <= 43.5 || value is >= FeverFahrenheit and <= 108;

    private static bool IsUnderThreeMonths(Signal unit, int value) => unit switch
    {
        Signal.AgeDay => value <= 90,
        Signal.AgeWeek => value <= 12,
        _ => value < 3,
    };

    private static bool TryInteger(Analysis analysis, int token, out int value) =>
        int.TryParse(analysis.Text.TokenText(token), NumberStyles.None,
            CultureInfo.InvariantCulture, out value);

    // "fever for 2 weeks" is a duration, not an age.
    private static bool IsDuration(Analysis analysis, int numberToken) =>
        analysis.Hits.Exists(h => h.Signal == Signal.Duration
            && h.LastToken == numberToken - 1);

    // "9 weeks pregnant" is a pregnancy, not a baby.
    private static bool IsPregnancy(Analysis analysis, int unitToken) =>
        analysis.Hits.Exists(h => h.Signal == Signal.Pregnant
            && h.FirstToken > unitToken && h.FirstToken - unitToken <= 2);
}
