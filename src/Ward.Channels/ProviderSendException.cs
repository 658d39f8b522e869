namespace Ward.Channels;

/// <summary>
/// A provider (WhatsApp Graph API, Twilio, PagerDuty) did not accept a request. The message
/// names only the HTTP status and the provider's error code: never a recipient, a text or a
/// credential.
/// </summary>
public sealed class ProviderSendException : Exception
{
    /// <summary>Creates a permanent failure with a generic message.</summary>
    public ProviderSendException()
        : this("The provider did not accept the request.", SendFailureKind.Permanent)
    {
    }

    /// <summary>Creates a permanent failure with the given message.</summary>
    public ProviderSendException(string message)
        : this(message, SendFailureKind.Permanent)
    {
    }

    /// <summary>Creates a permanent failure with the given message and cause.</summary>
    public ProviderSendException(string message, Exception innerException)
        : this(message, SendFailureKind.Permanent, innerException: innerException)
    {
    }

    /// <summary>Creates a failure of the given kind.</summary>
    /// <param name="message">What went wrong; must hold no PHI and no secret.</param>
    /// <param name="kind">Whether the request may be retried.</param>
    /// <param name="providerCode">The provider's own error code, when it sent one.</param>
    /// <param name="httpStatus">The HTTP status code, when a response arrived.</param>
    /// <param name="innerException">The transport error, if any.</param>
    public ProviderSendException(
        string message,
        SendFailureKind kind,
        string? providerCode = null,
        int? httpStatus = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        ProviderCode = providerCode;
        HttpStatus = httpStatus;
    }

    /// <summary>Whether the request may succeed if sent again.</summary>
    public SendFailureKind Kind { get; }

    /// <summary>
    /// The provider's error code as text (Graph <c>error.code</c>, Twilio <c>code</c>), or null.
    /// </summary>
    public string? ProviderCode { get; }

    /// <summary>The HTTP status of the provider's answer, or null when none arrived.</summary>
    public int? HttpStatus { get; }

    /// <summary>
    /// Classifies an HTTP status: 429 and 5xx are <see cref="SendFailureKind.Retryable"/>,
    /// everything else is <see cref="SendFailureKind.Permanent"/>.
    /// </summary>
    public static SendFailureKind KindForStatus(int httpStatus) =>
        httpStatus is 429 or >= 500 ? SendFailureKind.Retryable : SendFailureKind.Permanent;

    /// <summary>
    /// Builds the exception for a provider answer that was not a success, with a message made
    /// only of the provider name, the status and the code.
    /// </summary>
    public static ProviderSendException ForResponse(
        string provider, int httpStatus, string? providerCode, SendFailureKind kind)
    {
        var code = providerCode is null ? string.Empty : $" with error code {providerCode}";
        var message = $"{provider} answered HTTP {httpStatus}{code} ({kind}).";
        return new ProviderSendException(message, kind, providerCode, httpStatus);
    }
}
