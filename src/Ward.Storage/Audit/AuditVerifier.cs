using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>
/// Reads every chain from the database, streaming, and verifies it with its heads and signed
/// checkpoints. Heads, checkpoints, keys and events are read in one snapshot, so appends made
/// while it runs are not mistaken for a rewritten chain.
/// </summary>
/// <remarks>
/// The public keys that checkpoints must be signed with are read from <c>signing_keys</c> in
/// the same database. That proves a checkpoint was made by a holder of a Ward signing key: an
/// attacker with write access to the database but without the master key cannot add a usable
/// key, since the key is only ever used after unwrapping it with the master key. It does not
/// prove which key an offline auditor should trust; for that, compare the key ids with the ones
/// the practice recorded when they were created.
/// </remarks>
public sealed class AuditVerifier(WardDatabase database)
{
    /// <summary>Walks all chains; the result names the first broken event, if any.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var snapshot = await BeginSnapshotAsync(db, cancellationToken);
        await db.Database.UseTransactionAsync(snapshot, cancellationToken);

        var heads = await db.ChainHeads.AsNoTracking()
            .ToDictionaryAsync(h => h.PracticeId, h => new ChainHead(h.Sequence, h.Hash),
                StringComparer.Ordinal, cancellationToken);
        var checkpoints = await AuditCheckpoints.LoadAsync(db, cancellationToken);
        using var keys = await AuditSigningKeys.LoadTrustedAsync(db, cancellationToken);

        var fast = database.IsPostgres ? null : await SqliteChainScan.TryVerifyAsync(database,
            db, new AuditChainWalker(checkpoints, keys.ById), heads, cancellationToken);
        if (fast is not null)
        {
            return fast;
        }

        var walker = new AuditChainWalker(checkpoints, keys.ById);
        var problem = await AuditEventPipeline.WalkAsync(
            db, walker, HashWorkers, cancellationToken);
        var result = new AuditVerification(walker.Count, problem ?? walker.Finish(heads));
        await snapshot.RollbackAsync(cancellationToken);
        return result;
    }

    // The reading thread keeps one core busy; the other checks hashes.
    private static int HashWorkers => 1;

    // A deferred SQLite transaction takes no write lock and in WAL mode reads one snapshot;
    // PostgreSQL gives one with REPEATABLE READ.
    private async Task<DbTransaction> BeginSnapshotAsync(
        WardDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        return database.IsPostgres
            ? await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead,
                cancellationToken)
            : ((SqliteConnection)connection).BeginTransaction(deferred: true);
    }
}
