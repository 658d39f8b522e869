namespace Ward.Security.Keys;

/// <summary>One version of a practice's data keys as stored: wrapped by the master key named by
/// <paramref name="MasterKeyId"/>.</summary>
/// <param name="Version">The key version, from 1; the highest encrypts, every one decrypts.</param>
/// <param name="MasterKeyId">The <see cref="MasterKey.Id"/> of the key that wrapped these.</param>
/// <param name="EncryptionKey">The wrapped field key.</param>
/// <param name="IndexKey">The wrapped blind-index key.</param>
public sealed record WrappedPracticeKeys(
    int Version, string MasterKeyId, byte[] EncryptionKey, byte[] IndexKey);
