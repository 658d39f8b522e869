using Microsoft.EntityFrameworkCore;
using Ward.Security.Keys;
using Ward.Storage;

namespace Ward.Keys;

/// <summary>Moves a practice's patient keys to its newest field key: each one is re-wrapped, so
/// an older practice key version stops guarding anything new.</summary>
internal sealed class PatientRekeying(WardDbContext db, PracticeKeys keys)
{
    public async Task<int> MoveAsync(CancellationToken cancellationToken)
    {
        var rows = await db.PatientKeys
            .Where(k => k.PracticeId == keys.PracticeId && k.PracticeKeyVersion != keys.CurrentVersion)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var moved = keys.RewrapPatientKey(row.PatientId,
                new WrappedPatientKey(row.PracticeKeyVersion, row.WrappedKey));
            (row.PracticeKeyVersion, row.WrappedKey) = (moved.PracticeKeyVersion, moved.Wrapped);
        }

        return rows.Count;
    }
}
