using System.Globalization;

namespace Ward.Portal;

/// <summary>
/// The portal's own words in one language: labels, buttons, notices and the messages beside
/// fields. The page speaks the practice's language (English, Spanish and Bulgarian have words of
/// their own; other languages get English for now), while the consent question follows the
/// patient's own language (<see cref="PortalConsentText"/>).
/// </summary>
internal sealed partial record PortalWords(string Language)
{
    public required string SecureMessages { get; init; }
    public required string ConfirmHeading { get; init; }
    public required string ConfirmIntro { get; init; }
    public required string PhoneLabel { get; init; }
    public required string SendCode { get; init; }
    public required string CodeHeading { get; init; }
    public required string CodeIntro { get; init; }
    public required string CodeLabel { get; init; }
    public required string BirthLabel { get; init; }
    public required string Continue { get; init; }
    public required string OtherNumber { get; init; }
    public required string SecureMessage { get; init; }
    public required string MessageLabel { get; init; }
    public required string EmergencyHint { get; init; }
    public required string Send { get; init; }
    public required string SignOut { get; init; }
    public required string NoReplies { get; init; }
    public required string Back { get; init; }
    public required string RetryHeading { get; init; }
    public required string FormExpired { get; init; }
    public required string NotSentHeading { get; init; }
    public required string NotStored { get; init; }
    public required string ReloadForm { get; init; }
    public required string SignedOut { get; init; }
    public required string TriesLeft { get; init; }
    public required string OneTryLeft { get; init; }
    public required IReadOnlyDictionary<PortalProblem, string> Problems { get; init; }

    public static PortalWords For(string? language) => (language ?? "en").Split('-')[0] switch
    {
        "es" => Spanish,
        "bg" => Bulgarian,
        _ => English,
    };

    /// <summary>The message for <paramref name="error"/>, with the tries left where they
    /// count.</summary>
    public string Say(PortalFormError error)
    {
        var text = string.Format(CultureInfo.InvariantCulture, Problems[error.Problem],
            PortalRules.MaxMessageChars);
        if (error.Problem is not (PortalProblem.WrongCode or PortalProblem.WrongDateOfBirth))
        {
            return text;
        }

        var left = error.TriesLeft == 1 ? OneTryLeft
            : string.Format(CultureInfo.InvariantCulture, TriesLeft, error.TriesLeft);
        return $"{text} ({left}).";
    }
}
