using Ward.Compliance.Agreements;

namespace Ward.Compliance.Retention;

/// <summary>The retention in force for a practice, after the floors the law sets.</summary>
/// <param name="Regime">The regime the policy was made for.</param>
/// <param name="MessageDays">Days a message is kept.</param>
/// <param name="AuditYears">Years the audit log is kept, at least six.</param>
/// <param name="ErasureHoldDays">Days after the last message before erasure may happen.</param>
public sealed record EffectiveRetention(
    Regime Regime,
    int MessageDays,
    int AuditYears,
    int ErasureHoldDays)
{
    /// <summary>Audit events strictly older than this may be purged.</summary>
    public DateTimeOffset AuditCutoff(DateTimeOffset now) => now.AddYears(-AuditYears);

    /// <summary>Messages strictly older than this may be purged.</summary>
    public DateTimeOffset MessageCutoff(DateTimeOffset now) => now.AddDays(-MessageDays);
}
