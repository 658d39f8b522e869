using Microsoft.EntityFrameworkCore;
using Ward.Hosting;
using Ward.Security.Audit;
using Ward.Security.Keys;
using Ward.Storage;
using Ward.Storage.Audit;

namespace Ward.Keys;

/// <summary>
/// Rotates keys without stopping the server: re-wraps every stored key under the current
/// master key and, when asked, gives every practice a new field key version (new data is
/// sealed with it, including new patients' keys; older versions stay to read older data). The
/// blind-index key carries over unchanged, so a server still holding the previous version
/// finds every patient by phone number during the switch. One transaction; running servers
/// keep their unwrapped keys and load the new ones on their next refresh. Every rotation is
/// audited in each practice's chain and Ward's own.
/// </summary>
internal sealed class KeyRotation(WardCore core)
{
    public async Task<KeyRotationOutcome> RotateAsync(
        bool dataKeys, CancellationToken cancellationToken)
    {
        var ring = core.MasterKeys;
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.PracticeKeys.ToListAsync(cancellationToken);
        var rewrapped = 0;
        foreach (var row in rows.Where(r => r.MasterKeyId != ring.Current.Id))
        {
            var fresh = PracticeKeys.Rewrap(row.PracticeId, PracticeKeyStore.ToWrapped(row), ring);
            (row.MasterKeyId, row.EncryptionKey, row.IndexKey) =
                (fresh.MasterKeyId, fresh.EncryptionKey, fresh.IndexKey);
            rewrapped++;
        }

        rewrapped += await RewrapSigningKeysAsync(db, ring, cancellationToken);
        var practices = rows.Select(r => r.PracticeId).Distinct().Order().ToList();
        var versions = new Dictionary<string, int>();
        if (dataKeys)
        {
            foreach (var practiceId in practices)
            {
                versions[practiceId] = await NewVersionAsync(db, practiceId, cancellationToken);
            }
        }

        await core.Audit.AppendAsync(db, [.. practices.Append(AuditActors.SystemPractice)
            .Select(p => new AuditRecord(p, AuditActors.System, "ward", "keys.rotated", "Keys",
                ring.Current.Id, dataKeys ? $"master,data:v{versions.GetValueOrDefault(p)}" : "master",
                "security", SourceAddress: "cli"))], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new KeyRotationOutcome(ring.Current.Id, rewrapped, versions);
    }

    private static async Task<int> RewrapSigningKeysAsync(
        WardDbContext db, MasterKeyRing ring, CancellationToken cancellationToken)
    {
        var keys = await db.SigningKeys.Where(k => k.MasterKeyId != ring.Current.Id)
            .ToListAsync(cancellationToken);
        foreach (var row in keys)
        {
            var wrapped = AuditMapping.ToWrapped(row);
            var fresh = AuditSigningKey.Rewrap(wrapped, ring.Find(row.MasterKeyId), ring.Current);
            (row.MasterKeyId, row.WrappedPrivateKey) = (fresh.MasterKeyId, fresh.WrappedPrivateKey);
        }

        return keys.Count;
    }

    private async Task<int> NewVersionAsync(
        WardDbContext db, string practiceId, CancellationToken cancellationToken)
    {
        var rows = await db.PracticeKeys.Where(k => k.PracticeId == practiceId)
            .ToListAsync(cancellationToken);
        var current = core.PracticeKeys.Open(practiceId, rows);
        var added = core.PracticeKeys.ToRow(practiceId, current.NextVersion(core.MasterKeys.Current));
        db.PracticeKeys.Add(added);
        // Patient keys stay wrapped by the version that made them (every version still opens):
        // re-wrapping them here would strand instances that have not loaded the new version.
        return added.Version;
    }
}
