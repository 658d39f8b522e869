using Ward.Compliance.Consent;
using Ward.Ingest;
using Ward.Storage.Entities;

namespace Ward.Registers;

/// <summary>The names consent purposes and choices have in the ledger, and conversion of
/// stored rows to the Compliance module's events.</summary>
internal static class ConsentWords
{
    public static string NameOf(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.Marketing => "marketing",
        ConsentPurpose.AiAssistedIntake => "ai-assisted-intake",
        ConsentPurpose.MessagingWhatsApp => "messaging:whatsapp",
        ConsentPurpose.MessagingSms => "messaging:sms",
        ConsentPurpose.MessagingPortal => "messaging:portal",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    public static ConsentPurpose MessagingOn(string channel) => channel switch
    {
        ChannelNames.WhatsApp => ConsentPurpose.MessagingWhatsApp,
        ChannelNames.Sms => ConsentPurpose.MessagingSms,
        _ => ConsentPurpose.MessagingPortal,
    };

    public static ConsentEvent ToEvent(ConsentRow row) => new(
        PurposeOf(row.Purpose),
        row.Choice == "granted" ? ConsentChoice.Granted : ConsentChoice.Withdrawn,
        DateTimeOffset.FromUnixTimeMilliseconds(row.RecordedAtMs));

    public static IReadOnlyList<string> PurposeNames { get; } =
        [.. Enum.GetValues<ConsentPurpose>().Select(NameOf)];

    public static ConsentPurpose PurposeOf(string name) =>
        Enum.GetValues<ConsentPurpose>().First(p => NameOf(p) == name);

    public static string NameOf(ConsentChoice choice) =>
        choice == ConsentChoice.Granted ? "granted" : "withdrawn";
}
