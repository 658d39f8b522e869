using System.Security.Cryptography;
using Ward.Security.Audit;
using Ward.Security.Keys;
using Ward.Storage;
using Ward.Storage.Audit;

namespace Ward.Keys;

/// <summary>The key that signs audit checkpoints and audit packs: the newest stored one, or a
/// new one made on first use (wrapped by the current master key).</summary>
internal sealed class SigningKeyStore(MasterKeyRing ring, TimeProvider time)
{
    public async Task<(ECDsa Key, string Id)> LoadOrCreateAsync(
        WardDbContext db, CancellationToken cancellationToken)
    {
        var wrapped = await AuditSigningKeys.LoadNewestAsync(db, cancellationToken);
        if (wrapped is null)
        {
            wrapped = AuditSigningKey.Generate(ring.Current);
            AuditSigningKeys.Add(db, wrapped, time.GetUtcNow().ToUnixTimeMilliseconds());
            await db.SaveChangesAsync(cancellationToken);
        }

        return (AuditSigningKey.Open(wrapped, ring.Find(wrapped.MasterKeyId)), wrapped.Id);
    }
}
