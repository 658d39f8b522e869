using System.Security.Cryptography;
using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>Verify-only keys by key id; disposing releases them. A stored public key that
/// cannot be read is left out, so what it signed will not verify.</summary>
internal sealed class TrustedSigningKeys : IDisposable
{
    private readonly Dictionary<string, ECDsa> _byId = new(StringComparer.Ordinal);

    public TrustedSigningKeys(IEnumerable<byte[]> publicKeys)
    {
        foreach (var spki in publicKeys)
        {
            var id = AuditSigningKey.KeyIdOf(spki);
            if (!_byId.ContainsKey(id) && TryOpen(spki) is { } key)
            {
                _byId.Add(id, key);
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

    private static ECDsa? TryOpen(byte[] spki)
    {
        try
        {
            return AuditSigningKey.PublicOnly(spki);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
