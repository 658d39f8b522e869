namespace Ward.Channels.Sms;

/// <summary>
/// Settings of the Twilio Programmable Messaging adapter, bound from <c>Ward:Twilio</c>.
/// Account credentials are not here: they travel with each call in <see cref="TwilioAccount"/>.
/// </summary>
public sealed class TwilioOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Ward:Twilio";

    /// <summary>
    /// Twilio REST API base URL, default <c>https://api.twilio.com</c>; the
    /// <c>2010-04-01/Accounts/…</c> path is appended. Must be an absolute http or https URL.
    /// </summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.twilio.com");
}
