using Ward.Channels.Sms;
using Ward.Channels.Tests.Support;

namespace Ward.Channels.Tests.Sms;

public sealed class TwilioSignatureTests
{
    // Values from fixtures/twilio-signature-example.md.
    private const string AuthToken = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    private const string Url = "https://ward.example.org/webhooks/twilio/sms?practice=clinic-42";
    private const string UrlWithPort =
        "https://ward.example.org:443/webhooks/twilio/sms?practice=clinic-42";
    private const string Signature = "heDCxEDlXeKFKeop4YdGd+WbSrg=";
    private const string SignatureWithPort = "jrz2hH3HNdFWjoKQAnizV8llQXQ=";

    [FixtureFact]
    public void IsValid_WorkedExample_Accepted()
    {
        var form = FixtureFiles.ReadFormPairs("twilio-inbound-sms.form");

        var valid = TwilioSignature.IsValid(Url, form, Signature, AuthToken);

        Assert.True(valid);
    }

    [FixtureFact]
    public void IsValid_WorkedExampleWithPort_Accepted()
    {
        var form = FixtureFiles.ReadFormPairs("twilio-inbound-sms.form");

        var valid = TwilioSignature.IsValid(UrlWithPort, form, SignatureWithPort, AuthToken);

        Assert.True(valid);
    }

    [FixtureTheory]
    [InlineData(Url, SignatureWithPort)]
    [InlineData(UrlWithPort, Signature)]
    public void IsValid_OtherPortVariantSigned_Accepted(string url, string signature)
    {
        var form = FixtureFiles.ReadFormPairs("twilio-inbound-sms.form");

        var valid = TwilioSignature.IsValid(url, form, signature, AuthToken);

        Assert.True(valid);
    }

    [FixtureFact]
    public void SigningText_WorkedExample_MatchesDocumentedString()
    {
        var form = FixtureFiles.ReadFormPairs("twilio-inbound-sms.form");
        var expected = FixtureFiles.ReadText("twilio-signature-example.md")
            .Split('\n')
            .Single(line => line.StartsWith(Url + "AccountSid", StringComparison.Ordinal));

        var text = TwilioSignature.SigningText(Url, TwilioSignature.Sort(form));

        Assert.Equal(expected.TrimEnd('\r'), text);
    }

    [FixtureFact]
    public void Sort_MessageSidAndMessagingServiceSid_OrdinalOrder()
    {
        var form = FixtureFiles.ReadFormPairs("twilio-inbound-sms.form");

        var names = TwilioSignature.Sort(form).Select(p => p.Key).ToList();

        Assert.True(names.IndexOf("MessageSid") < names.IndexOf("MessagingServiceSid"));
        Assert.True(names.IndexOf("To") < names.IndexOf("ToCity"));
    }

    [FixtureFact]
    public void IsValid_SidValuesSwapped_Rejected()
    {
        var form = FixtureFiles.ReadForm("twilio-inbound-sms.form");
        (form["MessageSid"], form["MessagingServiceSid"]) =
            (form["MessagingServiceSid"], form["MessageSid"]);

        var valid = TwilioSignature.IsValid(Url, form, Signature, AuthToken);

        Assert.False(valid);
    }

    [FixtureFact]
    public void IsValid_ParametersInAnyOrder_Accepted()
    {
        var form = FixtureFiles.ReadFormPairs("twilio-inbound-sms.form");
        form.Reverse();

        var valid = TwilioSignature.IsValid(Url, form, Signature, AuthToken);

        Assert.True(valid);
    }

    [FixtureFact]
    public void IsValid_ParameterDropped_Rejected()
    {
        var form = FixtureFiles.ReadFormPairs("twilio-inbound-sms.form");
        form.RemoveAll(p => p.Key == "FromZip");

        var valid = TwilioSignature.IsValid(Url, form, Signature, AuthToken);

        Assert.False(valid);
    }

    [FixtureTheory]
    [InlineData("http://ward.example.org/webhooks/twilio/sms?practice=clinic-42")]
    [InlineData("https://ward.example.org/webhooks/twilio/sms")]
    [InlineData("https://ward.example.org:8443/webhooks/twilio/sms?practice=clinic-42")]
    public void IsValid_DifferentUrl_Rejected(string url)
    {
        var form = FixtureFiles.ReadFormPairs("twilio-inbound-sms.form");

        var valid = TwilioSignature.IsValid(url, form, Signature, AuthToken);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_OfficialSdkVector_Accepted()
    {
        var parameters = new Dictionary<string, string>
        {
            ["CallSid"] = "CA1234567890ABCDE",
            ["Caller"] = "+14158675309",
            ["Digits"] = "1234",
            ["From"] = "+14158675309",
            ["To"] = "+18005551212",
        };

        var valid = TwilioSignature.IsValid(
            "https://mycompany.com/myapp.php?foo=1&bar=2",
            parameters,
            "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
            "12345");

        Assert.True(valid);
    }

    [FixtureTheory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("heDCxEDlXeKFKeop4YdGd+WbSrg")]
    [InlineData("heDCxEDlXeKFKeop4YdGd+WbSrgA")]
    [InlineData("heDCxEDlXeKFKeop4YdGd+WbSrgAAAAA")]
    [InlineData("HEDCXEDLXEKFKEOP4YDGD+WBSRG=")]
    public void IsValid_MalformedHeader_Rejected(string? header)
    {
        var form = FixtureFiles.ReadFormPairs("twilio-inbound-sms.form");

        var valid = TwilioSignature.IsValid(Url, form, header, AuthToken);

        Assert.False(valid);
    }

    [Theory]
    [InlineData("https://a.example/x?y=1", "https://a.example:443/x?y=1")]
    [InlineData("https://a.example:443/x", "https://a.example/x")]
    [InlineData("http://a.example/x", "http://a.example:80/x")]
    [InlineData("http://a.example:80?q=1", "http://a.example?q=1")]
    [InlineData("https://user:pw@a.example/x", "https://user:pw@a.example:443/x")]
    [InlineData("https://a.example", "https://a.example:443")]
    public void AlternateUrl_DefaultPort_AddedOrRemoved(string url, string expected)
    {
        var alternate = TwilioSignature.AlternateUrl(url);

        Assert.Equal(expected, alternate);
    }

    [Theory]
    [InlineData("https://a.example:8443/x")]
    [InlineData("http://a.example:443/x")]
    [InlineData("ftp://a.example/x")]
    [InlineData("not a url")]
    public void AlternateUrl_NoDefaultPortVariant_ReturnsNull(string url)
    {
        var alternate = TwilioSignature.AlternateUrl(url);

        Assert.Null(alternate);
    }
}
