using Microsoft.EntityFrameworkCore;
using Ward.Security.Audit;
using Ward.Security.Keys;

namespace Ward.Storage.Audit;

/// <summary>
/// Stores and reads the audit signing keys (table <c>signing_keys</c>): the private half wrapped
/// by the master key, the public half in clear.
/// </summary>
public static class AuditSigningKeys
{
    /// <summary>Adds a generated key to <paramref name="db"/>; the caller's SaveChanges stores
    /// it.</summary>
    public static void Add(WardDbContext db, WrappedSigningKey key, long createdAtMs)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        db.SigningKeys.Add(AuditMapping.ToRow(key, createdAtMs));
    }

    /// <summary>The key with <paramref name="id"/>, or null.</summary>
    public static async Task<WrappedSigningKey?> LoadAsync(
        WardDbContext db, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.SigningKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        return row is null ? null : AuditMapping.ToWrapped(row);
    }

    /// <summary>The most recently created key, the one that signs new checkpoints, or
    /// null.</summary>
    public static async Task<WrappedSigningKey?> LoadNewestAsync(
        WardDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.SigningKeys.AsNoTracking()
            .OrderByDescending(k => k.CreatedAtMs).ThenBy(k => k.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : AuditMapping.ToWrapped(row);
    }

    /// <summary>The stored keys as verify-only keys, by the id derived from each public key
    /// rather than the row's id column; with <paramref name="masterKeyById"/>, only those whose
    /// private key the master key they name unwraps.</summary>
    internal static async Task<TrustedSigningKeys> LoadTrustedAsync(
        WardDbContext db, Func<string, MasterKey?>? masterKeyById,
        CancellationToken cancellationToken)
    {
        var rows = await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken);
        return new TrustedSigningKeys(rows.Select(AuditMapping.ToWrapped), masterKeyById);
    }
}
