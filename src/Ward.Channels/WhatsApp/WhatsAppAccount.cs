namespace Ward.Channels.WhatsApp;

/// <summary>The practice's WhatsApp business number and the token that may send from it.</summary>
/// <param name="PhoneNumberId">The business phone number id used in send URLs.</param>
/// <param name="AccessToken">A System User access token; a secret.</param>
public sealed record WhatsAppAccount(string PhoneNumberId, string AccessToken)
{
    /// <summary>Describes the account without its access token.</summary>
    public override string ToString() =>
        $"WhatsAppAccount {{ PhoneNumberId = {PhoneNumberId}, AccessToken = *** }}";
}
