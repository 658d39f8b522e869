namespace Ward.Compliance.Consent;

/// <summary>Decides whether a message may be sent on a channel given the patient's consent.
/// </summary>
public static class ConsentRules
{
    /// <summary>
    /// An emergency reply always goes. A care reply goes unless the patient withdrew consent
    /// for the channel. Marketing goes only with marketing consent granted and the channel not
    /// withdrawn (45 CFR 164.508(a)(3); GDPR Art. 6(1)(a)).
    /// </summary>
    /// <param name="purpose">Why the message is sent.</param>
    /// <param name="channel">The channel's messaging purpose, for example
    /// <see cref="ConsentPurpose.MessagingSms"/>.</param>
    /// <param name="events">The patient's recorded consent choices.</param>
    public static bool MaySend(
        OutboundPurpose purpose, ConsentPurpose channel, IEnumerable<ConsentEvent> events)
    {
        // Patient safety overrides: the patient has just written to us, and the reply carries
        // the emergency number. Decided before any check that could throw.
        if (purpose == OutboundPurpose.EmergencyReply)
        {
            return true;
        }

        ArgumentNullException.ThrowIfNull(events);
        if (channel is not (ConsentPurpose.MessagingWhatsApp or ConsentPurpose.MessagingSms
            or ConsentPurpose.MessagingPortal))
        {
            throw new ArgumentException(
                "The channel must be a messaging purpose.", nameof(channel));
        }

        var recorded = events as IReadOnlyCollection<ConsentEvent> ?? [.. events];
        var channelOpen = ConsentLedger.StateOf(recorded, channel) != ConsentChoice.Withdrawn;
        return purpose switch
        {
            OutboundPurpose.CareReply => channelOpen,
            OutboundPurpose.Marketing => channelOpen && MarketingGranted(recorded),
            _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
        };
    }

    private static bool MarketingGranted(IEnumerable<ConsentEvent> events) =>
        ConsentLedger.StateOf(events, ConsentPurpose.Marketing) == ConsentChoice.Granted;
}
