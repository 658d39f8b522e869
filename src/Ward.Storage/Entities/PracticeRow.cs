namespace Ward.Storage.Entities;

/// <summary>A practice. Routing addresses are the practice's own business numbers, not PHI;
/// secrets and the on-call contact live only inside <see cref="SettingsCipher"/>.</summary>
public sealed class PracticeRow
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Country { get; set; }

    public required string TimeZone { get; set; }

    public string? WhatsAppPhoneNumberId { get; set; }

    public string? SmsNumber { get; set; }

    public string? SmsAccountSid { get; set; }

    public required byte[] SettingsCipher { get; set; }

    public long CreatedAtMs { get; set; }

    public long UpdatedAtMs { get; set; }
}
