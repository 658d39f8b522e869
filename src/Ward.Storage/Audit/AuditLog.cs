using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Ward.Security.Audit;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ward.Storage.Audit;

/// <summary>
/// Appends events to the hash chains. It must run inside the caller's transaction, so an event is
/// stored if and only if the change it describes is. Each practice's chain head is locked for
/// the append (row lock on PostgreSQL; SQLite transactions already hold the one write lock).
/// </summary>
public sealed class AuditLog(TimeProvider time)
{
    /// <summary>Adds sealed events for <paramref name="records"/> to <paramref name="db"/>;
    /// the caller's SaveChanges and commit store them.</summary>
    public async Task AppendAsync(
        WardDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit events are appended inside a transaction.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var byPractice = records.GroupBy(r => r.PracticeId)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byPractice)
        {
            var head = await LockHeadAsync(db, group.Key, cancellationToken);
            foreach (var record in group)
            {
                head = Add(db, record, head, now);
            }

            await SaveHeadAsync(db, group.Key, head, cancellationToken);
        }
    }

    private static ChainHead Add(WardDbContext db, AuditRecord r, ChainHead head, long now)
    {
        var entry = AuditChain.Seal(new AuditEntry(
            head.Sequence + 1, r.PracticeId, now, r.ActorType, r.ActorId, r.Action,
            r.ResourceType, r.ResourceId, r.Fields, r.Purpose, r.Outcome, r.SourceAddress,
            head.Hash, Hash: ""));
        db.AuditEvents.Add(AuditMapping.ToRow(entry));
        return new ChainHead(entry.Sequence, entry.Hash);
    }

    private static async Task<ChainHead> LockHeadAsync(
        WardDbContext db, string practiceId, CancellationToken cancellationToken)
    {
        var genesis = AuditChain.GenesisHash;
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO chain_heads (practice_id, sequence, hash)
            VALUES ({practiceId}, 0, {genesis}) ON CONFLICT DO NOTHING
            """,
            cancellationToken);

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = "SELECT sequence, hash FROM chain_heads WHERE practice_id = @p"
            + (db.Database.IsNpgsql() ? " FOR UPDATE" : "");
        AddParameter(command, "@p", practiceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ChainHead(reader.GetInt64(0), reader.GetString(1));
    }

    private static async Task SaveHeadAsync(
        WardDbContext db, string practiceId, ChainHead head, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE chain_heads SET sequence = {head.Sequence}, hash = {head.Hash}
            WHERE practice_id = {practiceId}
            """,
            cancellationToken);

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
