namespace Ward.Compliance.Consent;

/// <summary>What a patient consents to: a use of their data or a channel to be reached on.
/// </summary>
public enum ConsentPurpose
{
    Marketing,
    AiAssistedIntake,
    MessagingWhatsApp,
    MessagingSms,
    MessagingPortal,
}
