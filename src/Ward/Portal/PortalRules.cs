namespace Ward.Portal;

/// <summary>
/// The numbers of the portal's identity check. A code is six digits, lives ten minutes and
/// allows five tries; a verified session lasts thirty days, after which the patient proves who
/// they are again. Requests for codes are limited per number and per network address, so that
/// nobody can flood a patient with texts or guess at codes across many requests.
/// </summary>
internal static class PortalRules
{
    public const int CodeDigits = 6;

    public const int MaxAttempts = 5;

    public const int MaxCodesPerNumber = 3;

    public const int MaxCodesPerAddress = 10;

    /// <summary>The longest message a patient may type, in characters: the length the triage
    /// is measured to decide within its time bound. A longer message is still triaged on its
    /// first this many characters, and stored cut there when that finds an emergency.</summary>
    public const int MaxMessageChars = 10_000;

    /// <summary>How many of the latest messages the thread shows.</summary>
    public const int ThreadLength = 200;

    public static TimeSpan CodeLifetime { get; } = TimeSpan.FromMinutes(10);

    public static TimeSpan SessionLifetime { get; } = TimeSpan.FromDays(30);

    public static TimeSpan NumberWindow { get; } = TimeSpan.FromMinutes(15);

    public static TimeSpan AddressWindow { get; } = TimeSpan.FromHours(1);
}
