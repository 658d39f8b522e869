using System.Security.Cryptography;
using Ward.Security.Audit;
using Ward.Security.Keys;

namespace Ward.Storage.Audit;

/// <summary>Verify-only keys by key id; disposing releases them. A stored key that cannot be
/// read, or, when master keys are given, that does not unwrap under the master key it names, is
/// left out, so what it signed will not verify.</summary>
internal sealed class TrustedSigningKeys : IDisposable
{
    private readonly Dictionary<string, ECDsa> _byId = new(StringComparer.Ordinal);

    public TrustedSigningKeys(
        IEnumerable<WrappedSigningKey> stored, Func<string, MasterKey?>? masterKeyById)
    {
        foreach (var key in stored)
        {
            var id = AuditSigningKey.KeyIdOf(key.PublicKey);
            if (!_byId.ContainsKey(id) && IsGenuine(key, masterKeyById)
                && TryOpen(key) is { } open)
            {
                _byId.Add(id, open);
            }
        }
    }

    public IReadOnlyDictionary<string, ECDsa> ById => _byId;

    public void Dispose()
    {
        foreach (var key in _byId.Values)
        {
            key.Dispose();
        }

        _byId.Clear();
    }

    // Only a holder of the master key can wrap a private key so that it unwraps here; a row
    // added by someone with database access alone fails this check.
    private static bool IsGenuine(WrappedSigningKey key, Func<string, MasterKey?>? masterKeyById)
    {
        if (masterKeyById is null)
        {
            return true;
        }

        if (masterKeyById(key.MasterKeyId) is not { } master)
        {
            return false;
        }

        try
        {
            using var opened = AuditSigningKey.Open(key, master);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static ECDsa? TryOpen(WrappedSigningKey key)
    {
        try
        {
            return AuditSigningKey.PublicOnly(key.PublicKey);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
