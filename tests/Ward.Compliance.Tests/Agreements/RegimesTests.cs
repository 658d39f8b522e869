using Ward.Compliance.Agreements;

namespace Ward.Compliance.Tests.Agreements;

public sealed class RegimesTests
{
    [Theory]
    [InlineData("US")]
    [InlineData("PR")]
    [InlineData("GU")]
    [InlineData("VI")]
    [InlineData("AS")]
    [InlineData("MP")]
    public void ForCountry_UsOrTerritory_IsHipaa(string code)
    {
        var regime = Regimes.ForCountry(code);

        Assert.Equal(Regime.Hipaa, regime);
    }

    [Theory]
    [InlineData("AT")]
    [InlineData("BE")]
    [InlineData("BG")]
    [InlineData("HR")]
    [InlineData("CY")]
    [InlineData("CZ")]
    [InlineData("DK")]
    [InlineData("EE")]
    [InlineData("FI")]
    [InlineData("FR")]
    [InlineData("DE")]
    [InlineData("GR")]
    [InlineData("HU")]
    [InlineData("IE")]
    [InlineData("IT")]
    [InlineData("LV")]
    [InlineData("LT")]
    [InlineData("LU")]
    [InlineData("MT")]
    [InlineData("NL")]
    [InlineData("PL")]
    [InlineData("PT")]
    [InlineData("RO")]
    [InlineData("SK")]
    [InlineData("SI")]
    [InlineData("ES")]
    [InlineData("SE")]
    [InlineData("IS")]
    [InlineData("LI")]
    [InlineData("NO")]
    public void ForCountry_EuOrEea_IsGdpr(string code)
    {
        var regime = Regimes.ForCountry(code);

        Assert.Equal(Regime.Gdpr, regime);
    }

    [Fact]
    public void ForCountry_LowerCase_IsAccepted()
    {
        var regime = Regimes.ForCountry("bg");

        Assert.Equal(Regime.Gdpr, regime);
    }

    [Theory]
    [InlineData("GB")]
    [InlineData("CH")]
    [InlineData("CA")]
    [InlineData("")]
    public void ForCountry_Unsupported_ThrowsNamingCode(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => Regimes.ForCountry(code));

        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not supported", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Regime.Hipaa, AgreementKind.Baa)]
    [InlineData(Regime.Gdpr, AgreementKind.Dpa)]
    public void RequiredAgreement_Regime_IsItsContract(Regime regime, AgreementKind expected)
    {
        var kind = Regimes.RequiredAgreement(regime);

        Assert.Equal(expected, kind);
    }
}
