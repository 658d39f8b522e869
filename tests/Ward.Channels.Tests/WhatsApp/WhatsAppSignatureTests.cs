using System.Text;
using Ward.Channels.Tests.Support;
using Ward.Channels.WhatsApp;

namespace Ward.Channels.Tests.WhatsApp;

public sealed class WhatsAppSignatureTests
{
    // Values from fixtures/whatsapp-signature-example.md.
    private const string AppSecret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private const string GoodHeader =
        "sha256=49d60b0f4a7deaf21646d92b43c6c328ca946519b84d1264fa544986f0bea34d";
    private const string ReserializedHeader =
        "sha256=7b10e8a28e84d5d3ff69552e46e59e4ebb64519573695bc842e2b60d0115a5ce";

    [FixtureFact]
    public void IsValid_WorkedExample_Accepted()
    {
        var body = FixtureFiles.ReadBytes("whatsapp-signature-raw-body.json");

        var valid = WhatsAppSignature.IsValid(body, GoodHeader, AppSecret);

        Assert.True(valid);
    }

    [FixtureFact]
    public void IsValid_SignatureOfReserializedBody_Rejected()
    {
        var body = FixtureFiles.ReadBytes("whatsapp-signature-raw-body.json");

        var valid = WhatsAppSignature.IsValid(body, ReserializedHeader, AppSecret);

        Assert.False(valid);
    }

    [FixtureFact]
    public void IsValid_WrongSecret_Rejected()
    {
        var body = FixtureFiles.ReadBytes("whatsapp-signature-raw-body.json");

        var valid = WhatsAppSignature.IsValid(body, GoodHeader, "another-secret");

        Assert.False(valid);
    }

    [FixtureFact]
    public void IsValid_BodyChangedByOneByte_Rejected()
    {
        var body = FixtureFiles.ReadBytes("whatsapp-signature-raw-body.json");
        body[^3] ^= 0x01;

        var valid = WhatsAppSignature.IsValid(body, GoodHeader, AppSecret);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_PublishedHmacVector_Accepted()
    {
        // HMAC-SHA256(key "secret", message "test"), quoted in the worked example.
        var header = "sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914";

        var valid = WhatsAppSignature.IsValid("test"u8, header, "secret");

        Assert.True(valid);
    }

    [FixtureTheory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("49d60b0f4a7deaf21646d92b43c6c328ca946519b84d1264fa544986f0bea34d")]
    [InlineData("sha1=49d60b0f4a7deaf21646d92b43c6c328ca946519b84d1264fa544986f0bea34d")]
    [InlineData("SHA256=49d60b0f4a7deaf21646d92b43c6c328ca946519b84d1264fa544986f0bea34d")]
    [InlineData("sha256=49D60B0F4A7DEAF21646D92B43C6C328CA946519B84D1264FA544986F0BEA34D")]
    [InlineData("sha256=49d60b0f4a7deaf21646d92b43c6c328ca946519b84d1264fa544986f0bea34")]
    [InlineData("sha256=49d60b0f4a7deaf21646d92b43c6c328ca946519b84d1264fa544986f0bea34d0")]
    [InlineData(" sha256=49d60b0f4a7deaf21646d92b43c6c328ca946519b84d1264fa544986f0bea34d")]
    public void IsValid_MalformedHeader_Rejected(string? header)
    {
        // Every header here carries the right digest or none, so only its form is at fault.
        var body = FixtureFiles.ReadBytes("whatsapp-signature-raw-body.json");

        var valid = WhatsAppSignature.IsValid(body, header, AppSecret);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_EmptySecret_Throws()
    {
        var body = Encoding.UTF8.GetBytes("{}");

        var act = () => WhatsAppSignature.IsValid(body, GoodHeader, string.Empty);

        Assert.Throws<ArgumentException>(() => act());
    }
}
