namespace Ward.Security.Keys;

/// <summary>
/// Thrown when a row is wrapped by a master key this instance does not hold, typically during a
/// rotation when the old key was not added as a previous key. The message names the key's id,
/// a fingerprint, never the key.
/// </summary>
public sealed class MissingMasterKeyException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public MissingMasterKeyException()
        : base("A master key needed to unwrap a data key is not configured.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MissingMasterKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public MissingMasterKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The id of the missing key, when known.</summary>
    public string? KeyId { get; private init; }

    /// <summary>The exception for the key named by <paramref name="keyId"/>.</summary>
    internal static MissingMasterKeyException For(string keyId) => new(
        $"Master key {keyId} is not configured, so data keys wrapped by it cannot be opened. " +
        "Add the old key to Ward__Keys__PreviousMasterKeys__0 (or the next free index) and " +
        "restart.")
    {
        KeyId = keyId,
    };
}
