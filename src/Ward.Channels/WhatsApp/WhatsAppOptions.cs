namespace Ward.Channels.WhatsApp;

/// <summary>
/// Settings of the WhatsApp Cloud API adapter, bound from <c>Ward:WhatsApp</c>. Per-practice
/// credentials (phone number id, access token, app secret) are not here: they travel with
/// each call in <see cref="WhatsAppAccount"/>.
/// </summary>
public sealed class WhatsAppOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Ward:WhatsApp";

    /// <summary>
    /// Graph API base URL including the pinned version segment; default
    /// <c>https://graph.facebook.com/v23.0</c>. Must be an absolute http or https URL; a
    /// trailing slash is optional. Tests and sandboxes point it at a loopback stand-in.
    /// </summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.facebook.com/v23.0");
}
