using Microsoft.Extensions.Logging;

namespace Ward.Channels;

/// <summary>
/// Every log line of the channel adapters (event ids 2000-2099). Only ids, enums, counts and
/// status codes: never a phone number, a name, a message text or a credential.
/// </summary>
internal static partial class ChannelsLog
{
    [LoggerMessage(2000, LogLevel.Information,
        "WhatsApp accepted message {ProviderMessageId}")]
    public static partial void WhatsAppMessageSent(this ILogger logger, string providerMessageId);

    [LoggerMessage(2001, LogLevel.Warning,
        "WhatsApp send failed ({Kind}): HTTP {HttpStatus}, provider code {ProviderCode}")]
    public static partial void WhatsAppSendFailed(
        this ILogger logger, SendFailureKind kind, int? httpStatus, string? providerCode);

    [LoggerMessage(2010, LogLevel.Information,
        "Twilio accepted message {ProviderMessageId}")]
    public static partial void SmsMessageSent(this ILogger logger, string providerMessageId);

    [LoggerMessage(2011, LogLevel.Warning,
        "Twilio send failed ({Kind}): HTTP {HttpStatus}, provider code {ProviderCode}")]
    public static partial void SmsSendFailed(
        this ILogger logger, SendFailureKind kind, int? httpStatus, string? providerCode);
}
