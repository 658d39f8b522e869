using Ward.Compliance.Agreements;

namespace Ward.Compliance.Breaches;

/// <summary>A security incident that may be a breach of PHI or personal data.</summary>
/// <param name="Regimes">The regimes of the affected people; each adds its own deadlines.
/// </param>
/// <param name="DiscoveredAt">When the breach was discovered; every clock starts here.</param>
/// <param name="Determination">Where the assessment stands.</param>
/// <param name="AffectedCount">How many people are affected in all.</param>
/// <param name="AffectedByArea">
/// Affected people per US state or EU country code; drives the media notice.
/// </param>
/// <param name="VendorNoticeDays">
/// The breach-notice term of the vendor's agreement, when a vendor caused the incident.
/// </param>
/// <param name="Notified">When each recipient was notified, for those who have been.</param>
public sealed record BreachIncident(
    IReadOnlyList<Regime> Regimes,
    DateTimeOffset DiscoveredAt,
    BreachDetermination Determination,
    int AffectedCount,
    IReadOnlyDictionary<string, int> AffectedByArea,
    int? VendorNoticeDays,
    IReadOnlyDictionary<BreachRecipient, DateTimeOffset> Notified);
