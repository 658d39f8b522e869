using Microsoft.EntityFrameworkCore;
using Ward.Security.Keys;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.Keys;

/// <summary>Loads a practice's key versions from the database and opens them with the master
/// key ring; creates version 1 for a new practice.</summary>
internal sealed class PracticeKeyStore(MasterKeyRing ring, TimeProvider time)
{
    public async Task<PracticeKeys> LoadOrCreateAsync(
        WardDbContext db, string practiceId, CancellationToken cancellationToken)
    {
        var rows = await db.PracticeKeys.Where(k => k.PracticeId == practiceId)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            var fresh = PracticeKeys.Generate(practiceId, 1, ring.Current);
            var row = ToRow(practiceId, fresh);
            db.PracticeKeys.Add(row);
            rows.Add(row);
        }

        return Open(practiceId, rows);
    }

    public PracticeKeys Open(string practiceId, IEnumerable<PracticeKeyRow> rows) =>
        PracticeKeys.Open(practiceId, rows.Select(ToWrapped).OrderBy(w => w.Version).ToList(), ring);

    public PracticeKeyRow ToRow(string practiceId, WrappedPracticeKeys wrapped) => new()
    {
        PracticeId = practiceId,
        Version = wrapped.Version,
        MasterKeyId = wrapped.MasterKeyId,
        EncryptionKey = wrapped.EncryptionKey,
        IndexKey = wrapped.IndexKey,
        CreatedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
    };

    public static WrappedPracticeKeys ToWrapped(PracticeKeyRow row) =>
        new(row.Version, row.MasterKeyId, row.EncryptionKey, row.IndexKey);
}
