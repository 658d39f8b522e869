namespace Ward.Ingest;

/// <summary>
/// Orders delivery states. Providers report out of order (a "delivered" may follow a "read"),
/// so a state only replaces one that comes before it; a failure is final.
/// </summary>
internal static class DeliveryStates
{
    private static readonly Dictionary<string, int> Rank = new(StringComparer.Ordinal)
    {
        ["queued"] = 0, ["accepted"] = 1, ["sending"] = 2, ["sent"] = 3, ["delivered"] = 4,
        ["read"] = 5, ["undelivered"] = 6, ["failed"] = 6,
    };

    public static bool Advances(string? current, string next)
    {
        if (!Rank.TryGetValue(next, out var nextRank))
        {
            return false;
        }

        if (current is null || !Rank.TryGetValue(current, out var currentRank))
        {
            return true;
        }

        return currentRank < 6 && nextRank > currentRank;
    }
}
