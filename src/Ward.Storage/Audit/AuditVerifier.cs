using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Ward.Security.Audit;
using Ward.Security.Keys;

namespace Ward.Storage.Audit;

/// <summary>
/// Reads every chain from the database, streaming, and verifies it with its heads and signed
/// checkpoints. Heads, checkpoints, keys and events are read in one snapshot, so appends made
/// while it runs are not mistaken for a rewritten chain.
/// </summary>
/// <remarks>
/// The public keys that checkpoints must be signed with are read from <c>signing_keys</c>, in
/// the same database as the events. Given the master keys, only keys whose private half the
/// master key they name unwraps are trusted: a checkpoint then proves it was made by a holder of
/// a Ward signing key, since adding a usable key takes the master key, not just write access to
/// the database. Without them every stored public key is trusted, which proves less: someone
/// able to write to the database could add a key of their own and sign a checkpoint with it.
/// Neither says which key an auditor outside should trust; compare the key ids with the ones
/// recorded when the keys were created.
/// </remarks>
/// <param name="database">The database to read.</param>
/// <param name="masterKeyById">Finds a master key by its id (null when unknown); without it,
/// every stored signing key is trusted.</param>
public sealed class AuditVerifier(
    WardDatabase database, Func<string, MasterKey?>? masterKeyById = null)
{
    /// <summary>A verifier that trusts only signing keys wrapped by <paramref name="master"/>.
    /// </summary>
    public AuditVerifier(WardDatabase database, MasterKey master)
        : this(database, Only(master))
    {
    }

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
        using var keys = await AuditSigningKeys.LoadTrustedAsync(
            db, masterKeyById, cancellationToken);

        var intact = database.IsPostgres ? null : await SqliteChainScan.TryVerifyAsync(database,
            db, new AuditChainWalker(checkpoints, keys.ById), heads, cancellationToken);
        if (intact is not null)
        {
            return intact;
        }

        var walker = new AuditChainWalker(checkpoints, keys.ById);
        var problem = await AuditEventPipeline.WalkAsync(db, walker, cancellationToken);
        return new AuditVerification(walker.Count, problem ?? walker.Finish(heads));
    }

    private static Func<string, MasterKey?> Only(MasterKey master)
    {
        ArgumentNullException.ThrowIfNull(master);
        return id => string.Equals(id, master.Id, StringComparison.Ordinal) ? master : null;
    }

    // A deferred SQLite transaction takes no write lock and in WAL mode reads one snapshot;
    // PostgreSQL gives one with REPEATABLE READ. Disposing it ends the read.
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
