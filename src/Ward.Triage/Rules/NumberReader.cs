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
    public static Hit? FindInfantAge(Analysis analysis) =>
        FindSeparateAge(analysis) ?? FindGluedAge(analysis);

    // "6wk old", "2mo": number and unit in one token.
    private static Hit? FindGluedAge(Analysis analysis)
    {
        var text = analysis.Text;
        for (var t = 0; t < text.Tokens.Length; t++)
        {
            if (NumberWords.TryGlued(text.TokenText(t), out var value, out var unit)
                && !IsDuration(analysis, t) && !IsPregnancyOrDate(analysis, t)
                && IsUnderThreeMonths(unit, value))
            {
                var info = text.Tokens[t];
                return new Hit(unit, -1, t, t, text.OrigStart[info.Start],
                    text.OrigEnd[info.End - 1]);
            }
        }

        return null;
    }

    private static Hit? FindSeparateAge(Analysis analysis)
    {
        foreach (var unit in analysis.Hits)
        {
            if (unit.Signal is not (Signal.AgeDay or Signal.AgeWeek or Signal.AgeMonth))
            {
                continue;
            }

            var numberToken = unit.FirstToken - 1;
            if (numberToken < 0 || !TryInteger(analysis, numberToken, out var value)
                || IsDurationOf(analysis, numberToken, unit)
                || IsPregnancyOrDate(analysis, unit.LastToken))
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
        for (var t = 0; t < text.Tokens.Length; t++)
        {
            var token = text.TokenText(t);
            if (token.Length > 1 && token[^1] is 'c' or 'f' && char.IsAsciiDigit(token[^2]))
            {
                token = token[..^1];
            }

            var style = NumberStyles.AllowDecimalPoint;
            if (!double.TryParse(token, style, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var next = t + 1 < text.Tokens.Length ? text.TokenText(t + 1) : default;
            if (IsFever(value) && !IsMeasure(next) && !IsAgeUnit(analysis, t + 1))
            {
                var info = text.Tokens[t];
                return (text.OrigStart[info.Start], text.OrigEnd[info.End - 1]);
            }
        }

        return null;
    }

    // Whole numbers count too ("the baby has 38"): this reader only runs next to an infant's
    // age, where a missed fever costs far more than a false alarm. Lengths, weights and
    // volumes ("38 cm", "100 ml") are not temperatures.
    private static bool IsMeasure(ReadOnlySpan<char> next) =>
        next is "cm" or "mm" or "kg" or "g" or "gr" or "ml" or "oz" or "lb" or "lbs" or "in"
            or "см" or "кг" or "мл" or "гр" or "mg" or "мг";

    // "38 weeks", "100 days old" are ages, not temperatures.
    private static bool IsAgeUnit(Analysis analysis, int token) =>
        analysis.Hits.Exists(h => h.FirstToken == token
            && h.Signal is Signal.AgeDay or Signal.AgeWeek or Signal.AgeMonth);

    private static bool IsFever(double value) =>
        value is >= FeverCelsius and <= 43.5 || value is >= FeverFahrenheit and <= 108;

    private static bool IsUnderThreeMonths(Signal unit, int value) => unit switch
    {
        Signal.AgeDay => value <= 90,
        Signal.AgeWeek => value <= 12,
        _ => value < 3,
    };

    private static bool TryInteger(Analysis analysis, int token, out int value)
    {
        var text = analysis.Text.TokenText(token);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            || NumberWords.TryRead(text, out value);
    }

    // "fever for 2 weeks" is a duration, not an age.
    private static bool IsDuration(Analysis analysis, int numberToken) =>
        analysis.Hits.Exists(h => h.Signal == Signal.Duration
            && h.LastToken == numberToken - 1);

    // "há 2 meses" is a duration in Portuguese, "ha 2 mesi" an age in Italian: the word before
    // the number makes a duration only in a language that also has the unit word.
    private static bool IsDurationOf(Analysis analysis, int numberToken, Hit unit) =>
        analysis.Hits.Exists(h => h.Signal == Signal.Duration
            && h.LastToken == numberToken - 1
            && analysis.Hits.Exists(u => u.FirstToken == unit.FirstToken
                && u.Language == h.Language
                && u.Signal is Signal.AgeDay or Signal.AgeWeek or Signal.AgeMonth));

    // "9 weeks pregnant" is a pregnancy and "a week ago" a date, not a baby.
    private static bool IsPregnancyOrDate(Analysis analysis, int unitToken)
    {
        var text = analysis.Text;
        var next = unitToken + 1 < text.Tokens.Length ? text.TokenText(unitToken + 1) : default;
        return next is "ago" or "back" or "atras" or "назад" or "fa"
            || analysis.Hits.Exists(h => h.Signal == Signal.Pregnant
                && h.FirstToken > unitToken && h.FirstToken - unitToken <= 2);
    }
}
