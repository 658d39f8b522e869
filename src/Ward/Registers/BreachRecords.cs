using System.Text.Json;
using Ward.Compliance.Agreements;
using Ward.Compliance.Breaches;
using Ward.Storage.Entities;

namespace Ward.Registers;

/// <summary>Converts stored breach rows to the Compliance module's incident and back, with the
/// words the command line uses for regimes, determinations and recipients.</summary>
internal static class BreachRecords
{
    public static readonly IReadOnlyDictionary<string, BreachRecipient> Recipients =
        new Dictionary<string, BreachRecipient>(StringComparer.Ordinal)
        {
            ["individuals"] = BreachRecipient.Individuals, ["hhs"] = BreachRecipient.Hhs,
            ["media"] = BreachRecipient.Media,
            ["authority"] = BreachRecipient.SupervisoryAuthority,
            ["data-subjects"] = BreachRecipient.DataSubjects, ["vendor"] = BreachRecipient.Vendor,
        };

    public static readonly IReadOnlyDictionary<string, BreachDetermination> Determinations =
        new Dictionary<string, BreachDetermination>(StringComparer.Ordinal)
        {
            ["under-assessment"] = BreachDetermination.UnderAssessment,
            ["breach"] = BreachDetermination.Breach,
            ["no-breach"] = BreachDetermination.NoBreach,
        };

    public static string NameOf(BreachRecipient r) => Recipients.First(p => p.Value == r).Key;

    public static string NameOf(BreachDetermination d) =>
        Determinations.First(p => p.Value == d).Key;

    public static BreachIncident ToIncident(BreachRow row, int? vendorNoticeDays) => new(
        row.Regimes.Split(',').Select(r => Enum.Parse<Regime>(r, ignoreCase: true)).ToList(),
        DateTimeOffset.FromUnixTimeMilliseconds(row.DiscoveredAtMs),
        Determinations[row.Determination],
        row.AffectedCount,
        JsonSerializer.Deserialize<Dictionary<string, int>>(row.AffectedByArea)!,
        vendorNoticeDays,
        NotifiedOf(row));

    public static Dictionary<BreachRecipient, DateTimeOffset> NotifiedOf(BreachRow row) =>
        JsonSerializer.Deserialize<Dictionary<string, long>>(row.Notified)!
            .ToDictionary(p => Recipients[p.Key], p => DateTimeOffset.FromUnixTimeMilliseconds(p.Value));

    public static string NotifiedJson(IReadOnlyDictionary<BreachRecipient, DateTimeOffset> sent) =>
        JsonSerializer.Serialize(sent.ToDictionary(p => NameOf(p.Key),
            p => p.Value.ToUnixTimeMilliseconds()));
}
