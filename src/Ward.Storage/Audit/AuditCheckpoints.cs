using Microsoft.EntityFrameworkCore;
using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>Reads the signed checkpoints of the audit chains.</summary>
public static class AuditCheckpoints
{
    /// <summary>Every checkpoint, ordered by practice, then sequence.</summary>
    public static async Task<IReadOnlyList<AuditCheckpoint>> LoadAsync(
        WardDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.AuditCheckpoints.AsNoTracking()
            .OrderBy(c => c.PracticeId).ThenBy(c => c.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(AuditMapping.ToCheckpoint)];
    }

    /// <summary>The checkpoints of one practice's chain, in sequence order.</summary>
    public static async Task<IReadOnlyList<AuditCheckpoint>> LoadAsync(
        WardDbContext db, string practiceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.AuditCheckpoints.AsNoTracking()
            .Where(c => c.PracticeId == practiceId)
            .OrderBy(c => c.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(AuditMapping.ToCheckpoint)];
    }
}
