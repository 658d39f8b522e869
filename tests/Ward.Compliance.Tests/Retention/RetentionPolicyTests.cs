using Ward.Compliance.Agreements;
using Ward.Compliance.Retention;

namespace Ward.Compliance.Tests.Retention;

public sealed class RetentionPolicyTests
{
    [Fact]
    public void Settings_Defaults_SixYearsOfMessagesAndAudit()
    {
        var settings = new RetentionSettings();

        Assert.Equal(2190, settings.MessageDays);
        Assert.Equal(6, settings.AuditYears);
        Assert.Equal(0, settings.ErasureHoldDays);
    }

    [Theory]
    [InlineData(Regime.Hipaa)]
    [InlineData(Regime.Gdpr)]
    public void For_AuditYearsBelowSix_RaisedToSix(Regime regime)
    {
        var settings = new RetentionSettings { AuditYears = 2 };

        var policy = RetentionPolicy.For(regime, settings);

        Assert.Equal(6, policy.AuditYears);
    }

    [Fact]
    public void For_AuditYearsAboveSix_Kept()
    {
        var settings = new RetentionSettings { AuditYears = 10 };

        var policy = RetentionPolicy.For(Regime.Gdpr, settings);

        Assert.Equal(10, policy.AuditYears);
    }

    [Fact]
    public void For_Settings_CarriedOver()
    {
        var settings = new RetentionSettings { MessageDays = 365, ErasureHoldDays = 30 };

        var policy = RetentionPolicy.For(Regime.Gdpr, settings);

        Assert.Equal(new EffectiveRetention(Regime.Gdpr, 365, 6, 30), policy);
    }

    [Theory]
    [InlineData(0, 6, 0, "MessageDays")]
    [InlineData(-5, 6, 0, "MessageDays")]
    [InlineData(30, -1, 0, "AuditYears")]
    [InlineData(30, 6, -1, "ErasureHoldDays")]
    public void For_InvalidSetting_ThrowsNamingField(
        int messageDays, int auditYears, int holdDays, string field)
    {
        var settings = new RetentionSettings
        {
            MessageDays = messageDays,
            AuditYears = auditYears,
            ErasureHoldDays = holdDays,
        };

        var error = Assert.Throws<ArgumentException>(
            () => RetentionPolicy.For(Regime.Hipaa, settings));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditCutoff_SixYears_SameMomentSixYearsBack()
    {
        var policy = RetentionPolicy.For(Regime.Hipaa, new RetentionSettings());
        var now = new DateTimeOffset(2032, 6, 15, 12, 0, 0, TimeSpan.FromHours(-4));

        var cutoff = policy.AuditCutoff(now);

        Assert.Equal(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.FromHours(-4)), cutoff);
    }

    [Fact]
    public void AuditCutoff_OnLeapDay_FebruaryTwentyEighth()
    {
        var policy = RetentionPolicy.For(Regime.Hipaa, new RetentionSettings());
        var now = new DateTimeOffset(2032, 2, 29, 12, 0, 0, TimeSpan.Zero);

        var cutoff = policy.AuditCutoff(now);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 12, 0, 0, TimeSpan.Zero), cutoff);
    }

    [Fact]
    public void MessageCutoff_ThirtyDays_ThirtyDaysBack()
    {
        var policy = RetentionPolicy.For(Regime.Gdpr, new RetentionSettings { MessageDays = 30 });
        var now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

        var cutoff = policy.MessageCutoff(now);

        Assert.Equal(new DateTimeOffset(2026, 5, 16, 12, 0, 0, TimeSpan.Zero), cutoff);
    }
}
