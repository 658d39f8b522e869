using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Ward.Security.Audit;
using Ward.Storage;

namespace Ward.Benchmarks.AuditVerify;

/// <summary>
/// Fills a migrated database with valid chains quickly: one transaction, one prepared INSERT,
/// hashes from <see cref="AuditChain.Seal"/>. Practices take turns in runs of a few events,
/// as an ingest that serves them all at once would leave them on disk.
/// </summary>
internal static class AuditEventWriter
{
    private const int RunLength = 8;
    private const long StartMs = 1_764_777_600_000;

    private static readonly string[] Columns =
    [
        "practice_id", "sequence", "occurred_at_ms", "actor_type", "actor_id", "action",
        "resource_type", "resource_id", "fields", "purpose", "outcome", "source_address",
        "previous_hash", "hash",
    ];

    public static async Task WriteAsync(WardDatabase database, int practices, int events)
    {
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        // The primary key index takes inserts in 20 places at once; a cache that holds it keeps
        // the fill from rereading its pages. The verification's connections keep the default.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -262144";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var insert = Prepare(connection, transaction.GetDbTransaction());

        var heads = Enumerable.Range(1, practices)
            .Select(p => new ChainHead(0, AuditChain.GenesisHash)).ToArray();
        for (var written = 0; written < events; written++)
        {
            var practice = written / RunLength % practices;
            var entry = AuditChain.Seal(Entry(practice, heads[practice], written));
            Bind(insert, entry);
            insert.ExecuteNonQuery();
            heads[practice] = new ChainHead(entry.Sequence, entry.Hash);
        }

        for (var p = 0; p < practices; p++)
        {
            var (id, head) = (PracticeId(p), heads[p]);
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO chain_heads (practice_id, sequence, hash)
                VALUES ({id}, {head.Sequence}, {head.Hash})
                """);
        }

        await transaction.CommitAsync();
        await CheckpointAsync(connection);
    }

    // A live database checkpoints its write-ahead log every thousand pages; one fill of this
    // size leaves it all in the log, which every read would then have to look through.
    private static async Task CheckpointAsync(DbConnection connection)
    {
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
    }

    private static AuditEntry Entry(int practice, ChainHead head, int n) => new(
        head.Sequence + 1, PracticeId(practice), StartMs + n, n % 3 == 0 ? "patient" : "user",
        $"user-{n % 40}", n % 2 == 0 ? "message.read" : "message.create", "message",
        $"msg-{n}", "body,language", "treatment", "success", "203.0.113.9", head.Hash,
        Hash: "");

    private static string PracticeId(int practice) => $"bench-practice-{practice:D2}";

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO audit_events ({string.Join(", ", Columns)}) "
            + $"VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < Columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static void Bind(DbCommand insert, AuditEntry e)
    {
        object[] values =
        [
            e.PracticeId, e.Sequence, e.OccurredAtMs, e.ActorType, e.ActorId, e.Action,
            e.ResourceType, e.ResourceId, e.Fields, e.Purpose, e.Outcome, e.SourceAddress,
            e.PreviousHash, e.Hash,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            insert.Parameters[i].Value = values[i];
        }
    }
}
