namespace Ward.Security.Audit;

/// <summary>The outcome of a chain walk: how many events were checked and the first
/// break.</summary>
public sealed record AuditVerification(long EventsChecked, AuditBreak? FirstBreak)
{
    /// <summary>True when no break was found.</summary>
    public bool Intact => FirstBreak is null;
}
