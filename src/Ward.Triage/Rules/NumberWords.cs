using Ward.Triage.Text;

namespace Ward.Triage.Rules;

/// <summary>
/// Small numbers written as words ("two week old", "dos meses", "две седмици") and number
/// tokens with a unit glued on ("6wk", "2mo", "38.5c"). Words are folded like messages, so
/// accents and repeated letters do not matter.
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Words =
    [
        "1 one a an uno una un um uma eins ein eine один одна един една edin edna jeden",
        "2 two dos dois duas deux due zwei два две dva dve dwa",
        "3 three tres três trois tre drei три tri trzy",
        "4 four cuatro quatro quatre quattro vier четыре четири chetiri cztery",
        "5 five cinco cinq cinque fünf пять пет pet piec",
        "6 six seis sei sechs шесть шест shest szesc",
        "7 seven siete sete sept sette sieben семь седем sedem siedem",
        "8 eight ocho oito huit otto acht восемь осем osem osiem",
        "9 nine nueve nove neuf neun девять девет devet dziewiec",
        "10 ten diez dez dix dieci zehn десять десет deset dziesiec",
        "11 eleven once onze undici elf одиннадцать единадесет",
        "12 twelve doce douze dodici zwölf двенадцать дванадесет",
    ];

    private static readonly Dictionary<string, int> Values = Build();

    private static readonly Dictionary<string, Matching.Signal> GluedUnits = new()
    {
        ["d"] = Matching.Signal.AgeDay, ["dy"] = Matching.Signal.AgeDay,
        ["day"] = Matching.Signal.AgeDay, ["days"] = Matching.Signal.AgeDay,
        ["w"] = Matching.Signal.AgeWeek, ["wk"] = Matching.Signal.AgeWeek,
        ["wks"] = Matching.Signal.AgeWeek, ["weks"] = Matching.Signal.AgeWeek,
        ["wek"] = Matching.Signal.AgeWeek, ["mo"] = Matching.Signal.AgeMonth,
        ["mos"] = Matching.Signal.AgeMonth, ["mth"] = Matching.Signal.AgeMonth,
        ["mths"] = Matching.Signal.AgeMonth, ["m"] = Matching.Signal.AgeMonth,
    };

    /// <summary>Reads a number word, or returns false.</summary>
    public static bool TryRead(ReadOnlySpan<char> token, out int value) =>
        Values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out value);

    /// <summary>Splits "6wk" into 6 and a week unit.</summary>
    public static bool TryGlued(ReadOnlySpan<char> token, out int value, out Matching.Signal unit)
    {
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        value = 0;
        unit = default;
        var units = GluedUnits.GetAlternateLookup<ReadOnlySpan<char>>();
        return digits > 0 && digits < token.Length
            && units.TryGetValue(token[digits..], out unit)
            && int.TryParse(token[..digits], out value);
    }

    private static Dictionary<string, int> Build()
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Words)
        {
            var parts = line.Split(' ');
            var value = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var word in parts.AsSpan(1))
            {
                values.TryAdd(TextNormalizer.Normalize(word).Text, value);
            }
        }

        return values;
    }
}
