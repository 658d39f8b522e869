namespace Ward.Security.Keys;

/// <summary>A practice's data keys as stored: wrapped by the master key named by its id.</summary>
public sealed record WrappedPracticeKeys(string MasterKeyId, byte[] EncryptionKey, byte[] IndexKey);
