namespace Ward.Paging;

/// <summary>The human-readable text of an on-call page, for SMS and for PagerDuty.</summary>
public static class OnCallPageText
{
    /// <summary>The longest SMS page text; two GSM segments are 306 characters.</summary>
    public const int MaxSmsLength = 300;

    /// <summary>PagerDuty's limit on <c>payload.summary</c>.</summary>
    public const int MaxSummaryLength = 1024;

    private const int MaxPracticeLength = 60;

    /// <summary>
    /// The SMS to the on-call mobile, e.g. <c>Ward EMERGENCY at Sunrise Family Practice: chest
    /// pain. Patient was shown the emergency number. Open: https://…</c>; at most
    /// <see cref="MaxSmsLength"/> characters unless the link itself is very long.
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

    private static string SmsText(string practice, string kinds, string link) =>
        $"Ward EMERGENCY at {practice}: {kinds}. Patient was shown the emergency number. "
        + $"Open: {link}";

    private static string KindsText(IReadOnlyList<string>? kinds)
    {
        var names = KindNames(kinds);
        return names.Count == 0 ? EmergencyKindText.Fallback : string.Join(", ", names);
    }

    private static string KindsShortText(IReadOnlyList<string>? kinds)
    {
        var names = KindNames(kinds);
        return names.Count <= 1
            ? KindsText(kinds)
            : $"{names[0]} and {names.Count - 1} more";
    }

    private static List<string> KindNames(IReadOnlyList<string>? kinds) =>
        kinds is null
            ? []
            : [.. kinds.Select(EmergencyKindText.Name).Distinct(StringComparer.Ordinal)];

    private static string Shorten(string? text, int max)
    {
        var value = string.IsNullOrWhiteSpace(text) ? "your practice" : text.Trim();
        return value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "…");
    }
}
