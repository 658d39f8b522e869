using System.Text;

namespace Ward.Paging;

/// <summary>The human-readable text of an on-call page, for SMS and for PagerDuty.</summary>
public static class OnCallPageText
{
    /// <summary>The longest SMS page text; two GSM segments are 306 characters.</summary>
    public const int MaxSmsLength = 300;

    /// <summary>PagerDuty's limit on <c>payload.summary</c>.</summary>
    public const int MaxSummaryLength = 1024;

    private const string Fallback = "emergency";
    private const int MaxPracticeLength = 60;

    /// <summary>
    /// The SMS to the on-call mobile, e.g. <c>Ward EMERGENCY at Sunrise Family Practice: chest
    /// pain. Patient was shown the emergency number. Open: https://…</c>; at most
    /// <see cref="MaxSmsLength"/> characters unless the link alone is longer.
    /// </summary>
    public static string Sms(OnCallPage page)
    {
        ArgumentNullException.ThrowIfNull(page);

        var link = page.InboxLink.AbsoluteUri;
        var practice = Shorten(page.PracticeName, MaxPracticeLength);
        var text = SmsText(practice, KindsText(page.Kinds), link);
        if (text.Length > MaxSmsLength)
        {
            text = SmsText(practice, KindsShortText(page.Kinds), link);
        }

        return text;
    }

    /// <summary>
    /// The PagerDuty alert title, e.g. <c>Ward EMERGENCY at Sunrise Family Practice: chest
    /// pain</c>; the link travels separately in <c>links[]</c>.
    /// </summary>
    public static string Summary(OnCallPage page)
    {
        ArgumentNullException.ThrowIfNull(page);

        var practice = Shorten(page.PracticeName, MaxPracticeLength);
        var text = $"Ward EMERGENCY at {practice}: {KindsText(page.Kinds)}. "
            + "Patient was shown the emergency number.";
        return Shorten(text, MaxSummaryLength);
    }

    /// <summary>
    /// Turns a wire name such as <c>chest_pain</c> into <c>chest pain</c>. Anything that is not
    /// a plain wire name is shown as "emergency", so free text can never ride along.
    /// </summary>
    internal static string KindName(string? kind)
    {
        if (string.IsNullOrEmpty(kind) || kind.Length > 40)
        {
            return Fallback;
        }

        var name = new StringBuilder(kind.Length);
        foreach (var c in kind)
        {
            if (c is '_' or '-')
            {
                name.Append(' ');
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(char.ToLowerInvariant(c));
            }
            else
            {
                return Fallback;
            }
        }

        return name.ToString().Trim() is { Length: > 0 } trimmed ? trimmed : Fallback;
    }

    private static string SmsText(string practice, string kinds, string link) =>
        $"Ward EMERGENCY at {practice}: {kinds}. Patient was shown the emergency number. "
        + $"Open: {link}";

    private static string KindsText(IReadOnlyList<string>? kinds) =>
        kinds is null || kinds.Count == 0
            ? Fallback
            : string.Join(", ", kinds.Select(KindName).Distinct(StringComparer.Ordinal));

    private static string KindsShortText(IReadOnlyList<string>? kinds)
    {
        var names = kinds?.Select(KindName).Distinct(StringComparer.Ordinal).ToList() ?? [];
        return names.Count <= 1
            ? KindsText(kinds)
            : $"{names[0]} and {names.Count - 1} more";
    }

    private static string Shorten(string? text, int max)
    {
        var value = string.IsNullOrWhiteSpace(text) ? "your practice" : text.Trim();
        return value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "…");
    }
}
