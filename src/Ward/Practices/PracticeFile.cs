namespace Ward.Practices;

/// <summary>
/// A practice as written in its practice file (JSON). Secrets in it are stored encrypted on
/// import, so the file can be deleted afterwards.
/// </summary>
public sealed record PracticeFile(
    string Id,
    string Name,
    string Country,
    string TimeZone,
    WhatsAppSettings? WhatsApp,
    SmsSettings? Sms,
    OnCallSettings OnCall,
    IReadOnlyList<AgreementSettings>? Agreements);

/// <summary>The practice's WhatsApp Cloud API number and the Meta app that signs its
/// webhooks.</summary>
public sealed record WhatsAppSettings(
    string PhoneNumberId, string DisplayPhoneNumber, string AccessToken, string AppSecret,
    string VerifyToken);

/// <summary>The practice's SMS number and provider account.</summary>
public sealed record SmsSettings(string Provider, string AccountSid, string AuthToken, string From);

/// <summary>Who is paged for an emergency, and how.</summary>
public sealed record OnCallSettings(string Name, string Mobile, string? PagerDutyRoutingKey);

/// <summary>An executed agreement (BAA in the US, DPA in the EU) with a vendor.</summary>
public sealed record AgreementSettings(string Vendor, string Kind, string ExecutedOn);
