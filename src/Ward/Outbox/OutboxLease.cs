namespace Ward.Outbox;

/// <summary>How long a claimed or freshly written outbox row belongs to one instance before
/// any instance may take it over (after a crash, say).</summary>
internal static class OutboxLease
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);
}
