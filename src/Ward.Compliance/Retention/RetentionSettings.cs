namespace Ward.Compliance.Retention;

/// <summary>The retention a practice file may set; <see cref="RetentionPolicy.For"/> checks it.
/// </summary>
public sealed record RetentionSettings
{
    /// <summary>Days a message is kept. Default 2190 (six years).</summary>
    public int MessageDays { get; init; } = 2190;

    /// <summary>Years the audit log is kept; never less than six. Default 6.</summary>
    public int AuditYears { get; init; } = 6;

    /// <summary>
    /// Days after a patient's last message during which the practice must keep the messages
    /// even when asked to erase them (GDPR Art. 17(3)(b)). Default 0.
    /// </summary>
    public int ErasureHoldDays { get; init; }
}
