using Ward.Compliance.Breaches;

namespace Ward.Registers;

/// <summary>A new incident as entered: the summary is stored encrypted.</summary>
internal sealed record BreachInput(
    string Summary, DateTimeOffset? DiscoveredAt, BreachDetermination Determination,
    int AffectedCount, IReadOnlyDictionary<string, int> AffectedByArea, string? Vendor);
