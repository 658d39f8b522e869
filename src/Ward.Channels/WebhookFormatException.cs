namespace Ward.Channels;

/// <summary>
/// A provider webhook payload is malformed. The message names the offending field (for
/// example <c>entry[0].changes[0].value.messages[1].timestamp</c>), never its value.
/// </summary>
public sealed class WebhookFormatException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public WebhookFormatException()
        : base("The webhook payload is malformed.")
    {
    }

    /// <summary>Creates the exception with a message that names the bad field.</summary>
    public WebhookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the parser's error.</summary>
    public WebhookFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a field that is missing or has the wrong form.</summary>
    internal static WebhookFormatException BadField(string path) =>
        new($"The webhook field '{path}' is missing or malformed.");
}
