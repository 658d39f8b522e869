using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ward.Storage;

/// <summary>
/// Sets the per-connection SQLite pragmas. An acknowledged message must survive a power cut, so
/// commits are synchronous (FULL); throughput comes from the ingest's group commit instead.
/// Deleted content is overwritten (secure_delete), so an erased patient's key does not linger
/// in the file's free pages.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; " +
        "PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
