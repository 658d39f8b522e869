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
    IReadOnlyList<AgreementSettings>? Agreements,
    IReadOnlyList<StaffSettings>? Staff = null,
    RetentionFileSettings? Retention = null);

/// <summary>The practice's WhatsApp Cloud API number and the Meta app that signs its
/// webhooks. <see cref="Phi"/> is the channel's PHI policy: "minimum-necessary" (the default)
/// or "allowed".</summary>
public sealed record WhatsAppSettings(
    string PhoneNumberId, string DisplayPhoneNumber, string AccessToken, string AppSecret,
    string VerifyToken, string? Phi = null);

/// <summary>The practice's SMS number and provider account, and the channel's PHI
/// policy.</summary>
public sealed record SmsSettings(
    string Provider, string AccountSid, string AuthToken, string From, string? Phi = null);

/// <summary>Who is paged for an emergency, and how.</summary>
public sealed record OnCallSettings(string Name, string Mobile, string? PagerDutyRoutingKey);

/// <summary>An executed agreement (BAA in the US, DPA in the EU) with a vendor: the service it
/// covers, the vendor's breach-notice term in days, its sub-processors, what happens to PHI
/// when it ends, and the date it ended, if it has.</summary>
public sealed record AgreementSettings(
    string Vendor,
    string Kind,
    string ExecutedOn,
    string? Service = null,
    int? BreachNoticeDays = null,
    IReadOnlyList<string>? Subprocessors = null,
    string? Termination = null,
    string? TerminatedOn = null);

/// <summary>A member of staff: sign-in name (e-mail), name, role, and a mobile for
/// compliance alerts. <see cref="Disabled"/> ends their access; the record stays for the audit
/// trail (HIPAA 164.308(a)(3)(ii)(C) termination procedures).</summary>
public sealed record StaffSettings(
    string Email, string Name, string Role, string? Mobile = null, bool Disabled = false);

/// <summary>The practice's retention choices; Ward never keeps audit events under six
/// years. <see cref="LegalHold"/> stops every erasure while litigation or an investigation
/// needs the records kept.</summary>
public sealed record RetentionFileSettings(
    int? MessageDays = null, int? AuditYears = null, int? ErasureHoldDays = null,
    bool LegalHold = false);
