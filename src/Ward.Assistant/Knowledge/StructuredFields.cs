using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Ward.Assistant.Knowledge;

/// <summary>The optional structured facts of an entry: who, where, when, how much, which
/// carriers, which link.</summary>
internal sealed record StructuredFields(
    string? Clinician, string? Location, IReadOnlyList<OpeningHours> Hours, decimal? Amount,
    string? Currency, IReadOnlyList<string> Carriers, Uri? Link)
{
    public static StructuredFields Read(YamlMappingNode map, string path, List<string> problems)
    {
        var amountText = EntryFields.Scalar(map, "amount");
        decimal? amount = null;
        if (amountText is not null)
        {
            amount = decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value) ? value
                : EntryFields.Problem<decimal?>(problems, path + ".amount: must be a number, "
                    + "like 45 or 45.50");
        }

        var currency = EntryFields.Scalar(map, "currency");
        if (currency is not null ? currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)
            : amount is not null)
        {
            problems.Add(path + ".currency: an ISO 4217 code (USD, EUR, BGN) with every amount");
        }

        return new StructuredFields(EntryFields.Scalar(map, "clinician"),
            EntryFields.Scalar(map, "location"), ReadHours(map, path + ".hours", problems), amount,
            currency, EntryFields.Strings(map, "carriers", path, problems), ReadLink(map, path, problems));
    }

    private static Uri? ReadLink(YamlMappingNode map, string path, List<string> problems)
    {
        var value = EntryFields.Scalar(map, "link");
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && uri.Scheme is "https" or "http" ? uri
            : EntryFields.Problem<Uri>(problems, path + ".link: must be an absolute http(s) URL");
    }

    private static List<OpeningHours> ReadHours(YamlMappingNode map, string path, List<string> problems)
    {
        var result = new List<OpeningHours>();
        var node = EntryFields.Child(map, "hours");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlSequenceNode list)
        {
            problems.Add(path + ": must be a list of {days, opens, closes}");
            return result;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            var line = $"{path}[{i}]";
            if (list.Children[i] is not YamlMappingNode item)
            {
                problems.Add(line + ": must be an object with days, opens and closes");
                continue;
            }

            EntryFields.Unknown(item, ["days", "opens", "closes"], line, problems);
            var days = EntryFields.Scalar(item, "days");
            var opens = Time(item, "opens", line, problems);
            var closes = Time(item, "closes", line, problems);
            if (days is null)
            {
                problems.Add(line + ".days: required, like Mon-Fri");
            }
            else if (opens is { } o && closes is { } c)
            {
                result.Add(new OpeningHours(days, o, c));
            }
        }

        return result;
    }

    private static TimeOnly? Time(YamlMappingNode map, string key, string path, List<string> problems)
    {
        var value = EntryFields.Scalar(map, key);
        return TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var time) ? time
            : EntryFields.Problem<TimeOnly?>(problems, $"{path}.{key}: required, a time HH:mm");
    }
}
