using Ward.Ingest;
using Ward.Triage;

namespace Ward.Host.Tests.Ingest;

public sealed class RegionsTests
{
    [Theory]
    [InlineData("US", "US", PatientRegion.US)]
    [InlineData("US", "PR", PatientRegion.US)]
    [InlineData("BG", "BG", PatientRegion.EU)]
    [InlineData("BG", "DE", PatientRegion.EU)]
    [InlineData("US", "GB", PatientRegion.Unknown)]
    [InlineData("US", "BG", PatientRegion.Unknown)]
    [InlineData("BG", "US", PatientRegion.Unknown)]
    [InlineData("US", null, PatientRegion.Unknown)]
    public void ForPatient_PracticeAndNumberCountries_RegionOfTheNumbers(
        string practice, string? patient, PatientRegion expected)
    {
        var region = Regions.ForPatient(practice, patient);

        Assert.Equal(expected, region);
    }

    [Theory]
    [InlineData("15550100123", "+15550100123", "US")]
    [InlineData("+359888000111", "+359888000111", "BG")]
    [InlineData("447700900123", "+447700900123", "GB")]
    [InlineData("whatsapp:+15550100123", "+15550100123", "US")]
    public void Sender_ParsableNumber_E164AndCountry(string raw, string e164, string country)
    {
        var (address, found) = PhoneAddress.Sender(raw);

        Assert.Equal(e164, address);
        Assert.Equal(country, found);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("11111111111111111111")]
    public void Sender_UnparsableText_KeptMarkedWithoutCountry(string raw)
    {
        var (address, country) = PhoneAddress.Sender(raw);

        Assert.StartsWith("unparsed:", address, StringComparison.Ordinal);
        Assert.Null(country);
    }
}
