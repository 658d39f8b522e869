using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>
/// Purges a practice's audit events once their retention period has passed (HIPAA 45 CFR
/// 164.316(b)(2)(i): six years at least), without losing the proof that the rest of the chain is
/// whole: it first signs a checkpoint at the newest purged event, and the database lets an
/// event be deleted only below such a checkpoint. Deciding the cutoff is the caller's job.
/// </summary>
public sealed class AuditRetention
{
    private readonly TimeProvider _time;

    /// <summary>Creates a purger that dates its checkpoints by <paramref name="time"/>.</summary>
    public AuditRetention(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>
    /// Inside the caller's transaction: signs a checkpoint at the newest event that occurred
    /// before <paramref name="cutoffMs"/> (with no younger event before it) and deletes it and
    /// every earlier event of the practice. Purges nothing when no event is that old.
    /// </summary>
    /// <exception cref="InvalidOperationException">Outside a transaction, or when the events to
    /// purge do not verify: signing their hash would hide the tampering for good.</exception>
    public async Task<AuditPurgeResult> PurgeAsync(
        WardDbContext db, string practiceId, long cutoffMs, ECDsa signingKey, string keyId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(practiceId);
        ArgumentNullException.ThrowIfNull(signingKey);
        CheckKey(signingKey, keyId);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit events are purged inside a transaction.");
        }

        await LockHeadAsync(db, practiceId, cancellationToken);
        var last = await LastPurgeableAsync(db, practiceId, cutoffMs, cancellationToken);
        if (last is null)
        {
            return new AuditPurgeResult(practiceId, 0, null);
        }

        await EnsureIntactAsync(db, practiceId, last, cancellationToken);
        var checkpoint = AuditCheckpointSigner.Sign(practiceId, last.Sequence, last.Hash,
            last.OccurredAtMs, _time.GetUtcNow().ToUnixTimeMilliseconds(), keyId, signingKey);
        await InsertAsync(db, checkpoint, cancellationToken);
        var purged = await db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM audit_events
            WHERE practice_id = {practiceId} AND sequence <= {last.Sequence}
            """,
            cancellationToken);
        return new AuditPurgeResult(practiceId, purged, checkpoint);
    }

    private static void CheckKey(ECDsa signingKey, string keyId)
    {
        var actual = AuditSigningKey.KeyIdOf(signingKey.ExportSubjectPublicKeyInfo());
        if (!string.Equals(actual, keyId, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The signing key's id is {actual}, not {keyId}.", nameof(keyId));
        }
    }

    // Serialises purges of one practice with each other and with appends (PostgreSQL); on
    // SQLite the write transaction already holds the one write lock.
    private static async Task LockHeadAsync(
        WardDbContext db, string practiceId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        await using var command = Command(db,
            "SELECT sequence FROM chain_heads WHERE practice_id = @p FOR UPDATE", practiceId);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    // The purge stops before the first event at or after the cutoff, so that no event younger
    // than the cutoff is deleted even if the clocks of several instances disagreed a little.
    private static async Task<PurgeTarget?> LastPurgeableAsync(
        WardDbContext db, string practiceId, long cutoffMs, CancellationToken cancellationToken)
    {
        await using var first = Command(db, "SELECT MIN(sequence) FROM audit_events " +
            "WHERE practice_id = @p AND occurred_at_ms >= @c", practiceId, cutoffMs);
        var young = await first.ExecuteScalarAsync(cancellationToken);
        var bound = young is null or DBNull ? long.MaxValue : Convert.ToInt64(young);

        await using var last = Command(db, "SELECT sequence, hash, occurred_at_ms " +
            "FROM audit_events WHERE practice_id = @p AND sequence < @c " +
            "ORDER BY sequence DESC LIMIT 1", practiceId, bound);
        await using var reader = await last.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PurgeTarget(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2))
            : null;
    }

    // Streams the events, so that a first purge after years of events does not hold them all.
    private static async Task EnsureIntactAsync(
        WardDbContext db, string practiceId, PurgeTarget last, CancellationToken cancellationToken)
    {
        var checkpoints = await AuditCheckpoints.LoadAsync(db, practiceId, cancellationToken);
        using var keys = await AuditSigningKeys.LoadTrustedAsync(db, null, cancellationToken);
        var walker = new AuditChainWalker(checkpoints, keys.ById);
        var rows = db.AuditEvents.AsNoTracking()
            .Where(e => e.PracticeId == practiceId && e.Sequence <= last.Sequence)
            .OrderBy(e => e.Sequence)
            .AsAsyncEnumerable();

        AuditBreak? broken = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var entry = AuditMapping.ToEntry(row);
            broken = walker.Step(entry, AuditChain.HashMatches(entry));
            if (broken is not null)
            {
                break;
            }
        }

        broken ??= walker.Finish(new Dictionary<string, ChainHead>(StringComparer.Ordinal)
        {
            [practiceId] = new(last.Sequence, last.Hash),
        });
        if (broken is not null)
        {
            throw new InvalidOperationException(
                $"The audit chain is broken at event {broken.Sequence} ({broken.Reason}); "
                + "nothing was purged.");
        }
    }

    private static async Task InsertAsync(
        WardDbContext db, AuditCheckpoint c, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO audit_checkpoints
                (practice_id, sequence, hash, occurred_at_ms, created_at_ms, key_id, signature)
            VALUES ({c.PracticeId}, {c.Sequence}, {c.Hash}, {c.OccurredAtMs}, {c.CreatedAtMs},
                {c.KeyId}, {c.Signature})
            """,
            cancellationToken);

    private static DbCommand Command(WardDbContext db, string sql, string practiceId)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p";
        parameter.Value = practiceId;
        command.Parameters.Add(parameter);
        return command;
    }

    private static DbCommand Command(WardDbContext db, string sql, string practiceId, long c)
    {
        var command = Command(db, sql, practiceId);
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@c";
        parameter.Value = c;
        command.Parameters.Add(parameter);
        return command;
    }

    private sealed record PurgeTarget(long Sequence, string Hash, long OccurredAtMs);
}
