namespace Ward.Compliance.Agreements;

/// <summary>What a vendor does for the practice.</summary>
public enum VendorService
{
    WhatsApp,
    Sms,
    Pager,
    Ehr,
    AiEndpoint,
    Hosting,
    Email,
}
