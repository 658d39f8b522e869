using Ward.Compliance.Agreements;
using Ward.Compliance.Retention;

namespace Ward.Practices;

/// <summary>The retention policy in force for a practice: its file's choices within the
/// Compliance module's floors.</summary>
internal static class PracticeRetention
{
    public static EffectiveRetention Of(PracticeFile settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var chosen = settings.Retention;
        var defaults = new RetentionSettings();
        return RetentionPolicy.For(Regimes.ForCountry(settings.Country), new RetentionSettings
        {
            MessageDays = chosen?.MessageDays ?? defaults.MessageDays,
            AuditYears = chosen?.AuditYears ?? defaults.AuditYears,
            ErasureHoldDays = chosen?.ErasureHoldDays ?? defaults.ErasureHoldDays,
        });
    }
}
