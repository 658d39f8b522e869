namespace Ward.Channels;

/// <summary>Whether a failed provider call is worth trying again.</summary>
public enum SendFailureKind
{
    /// <summary>
    /// The provider was unreachable, timed out, throttled us or failed on its side (5xx, 429);
    /// the same request may succeed later.
    /// </summary>
    Retryable,

    /// <summary>
    /// The provider refused the request itself (other 4xx, e.g. an opted-out recipient);
    /// sending it again gives the same answer.
    /// </summary>
    Permanent,
}
