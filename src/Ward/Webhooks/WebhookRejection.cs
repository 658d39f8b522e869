namespace Ward.Webhooks;

/// <summary>Why a webhook was refused; the code is what the audit event records.</summary>
internal enum WebhookRejection
{
    None,
    TooLarge,
    WrongContentType,
    Malformed,
    UnknownReceiver,
    SignatureInvalid,
}
