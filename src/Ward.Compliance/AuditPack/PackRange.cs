namespace Ward.Compliance.AuditPack;

/// <summary>The range rule: an event belongs to the day on which it occurred in UTC, both
/// ends of the range included.</summary>
internal static class PackRange
{
    private static readonly long Earliest = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long Latest = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public static bool Contains(DateOnly from, DateOnly to, long occurredAtMs)
    {
        if (occurredAtMs < Earliest || occurredAtMs > Latest)
        {
            return false;
        }

        var day = DateOnly.FromDateTime(
            DateTimeOffset.FromUnixTimeMilliseconds(occurredAtMs).UtcDateTime);
        return day >= from && day <= to;
    }
}
