using System.Text.RegularExpressions;

namespace Ward.Compliance.Disclosure.Terms;

/// <summary>
/// A number followed by a clinical unit ("500 mg", "7.2%", "110 mg/dL", "5,4 ммол/л"): a
/// dose or a measured value. Works on folded text, where "µg" is still "µg".
/// </summary>
internal static partial class ClinicalUnits
{
    public static bool Contains(string folded) => Pattern().IsMatch(folded);

    // Longer units first so that "mg/dl" is read whole. Neither side may touch a letter or a
    // digit, so "10:00", "8-17" and "2mgx" are not values.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?"
        + @"(?:mg/dl|g/dl|g/l|mmol/l|mmol/mol|ng/ml|u/l|meq/l|mmhg|mmol|mcg|µg|μg|ug|mg|ml"
        + @"|iu|ie|ui|bpm|%|°c|°f|ммол/л|мкг|мг|мл)(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
