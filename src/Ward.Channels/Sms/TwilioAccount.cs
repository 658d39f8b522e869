namespace Ward.Channels.Sms;

/// <summary>A Twilio account and the auth token that signs its webhooks and API calls.</summary>
/// <param name="AccountSid">The account sid, <c>AC…</c>.</param>
/// <param name="AuthToken">The account auth token; a secret.</param>
public sealed record TwilioAccount(string AccountSid, string AuthToken)
{
    /// <summary>Describes the account without its auth token.</summary>
    public override string ToString() =>
        $"TwilioAccount {{ AccountSid = {AccountSid}, AuthToken = *** }}";
}
