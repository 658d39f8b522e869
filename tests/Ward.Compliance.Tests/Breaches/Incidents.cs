using Ward.Compliance.Agreements;
using Ward.Compliance.Breaches;

namespace Ward.Compliance.Tests.Breaches;

internal static class Incidents
{
    /// <summary>A breach with nobody notified yet and no vendor notice term.</summary>
    public static BreachIncident Incident(
        Regime[] regimes,
        DateTimeOffset discoveredAt,
        int affected,
        Dictionary<string, int>? areas = null) =>
        new(
            regimes,
            discoveredAt,
            BreachDetermination.Breach,
            affected,
            areas ?? [],
            VendorNoticeDays: null,
            Notified: new Dictionary<BreachRecipient, DateTimeOffset>());
}
