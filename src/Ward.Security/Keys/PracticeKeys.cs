using System.Security.Cryptography;

namespace Ward.Security.Keys;

/// <summary>
/// The two data keys of one practice: one encrypts fields, the other keys the blind indexes, so
/// that a leaked index key reveals nothing about the ciphertexts and the other way round.
/// </summary>
public sealed class PracticeKeys
{
    private PracticeKeys(string practiceId, byte[] encryptionKey, byte[] indexKey)
    {
        PracticeId = practiceId;
        Fields = new FieldCipher(practiceId, encryptionKey);
        Index = new BlindIndex(indexKey);
    }

    /// <summary>The practice these keys belong to.</summary>
    public string PracticeId { get; }

    /// <summary>Encrypts and decrypts this practice's fields.</summary>
    public FieldCipher Fields { get; }

    /// <summary>Computes this practice's blind indexes.</summary>
    public BlindIndex Index { get; }

    /// <summary>Generates fresh keys and returns them wrapped for storage.</summary>
    public static WrappedPracticeKeys Generate(string practiceId, MasterKey master)
    {
        ArgumentNullException.ThrowIfNull(master);
        var encryption = RandomNumberGenerator.GetBytes(32);
        var index = RandomNumberGenerator.GetBytes(32);
        return new WrappedPracticeKeys(
            master.Id,
            master.Wrap(encryption, Purpose(practiceId, "fields")),
            master.Wrap(index, Purpose(practiceId, "index")));
    }

    /// <summary>Unwraps stored keys with the master key.</summary>
    public static PracticeKeys Open(string practiceId, WrappedPracticeKeys wrapped, MasterKey master)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        ArgumentNullException.ThrowIfNull(master);
        var encryption = master.Unwrap(wrapped.EncryptionKey, Purpose(practiceId, "fields"));
        var index = master.Unwrap(wrapped.IndexKey, Purpose(practiceId, "index"));
        return new PracticeKeys(practiceId, encryption, index);
    }

    private static string Purpose(string practiceId, string use) => $"ward/practice/{practiceId}/{use}";
}
