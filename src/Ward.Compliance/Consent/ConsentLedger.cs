namespace Ward.Compliance.Consent;

/// <summary>Reads the current consent out of the recorded choices.</summary>
public static class ConsentLedger
{
    /// <summary>
    /// The latest choice for <paramref name="purpose"/>, or null when none is recorded. When
    /// two choices carry the same time, withdrawal wins: it must be as easy to withdraw as to
    /// give consent (GDPR Art. 7(3)).
    /// </summary>
    public static ConsentChoice? StateOf(IEnumerable<ConsentEvent> events, ConsentPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(events);

        ConsentEvent? latest = null;
        foreach (var consent in events)
        {
            if (consent.Purpose == purpose && IsLater(consent, latest))
            {
                latest = consent;
            }
        }

        return latest?.Choice;
    }

    private static bool IsLater(ConsentEvent candidate, ConsentEvent? latest) =>
        latest is null
        || candidate.At > latest.At
        || (candidate.At == latest.At && candidate.Choice == ConsentChoice.Withdrawn);
}
