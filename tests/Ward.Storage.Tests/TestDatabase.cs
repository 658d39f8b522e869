using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests;

/// <summary>A migrated database of its own for one test: a fresh SQLite folder, or a fresh
/// PostgreSQL database dropped when the test ends.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _databaseName;

    private TestDatabase(string provider, DatabaseOptions options, string? folder, string? name)
    {
        Provider = provider;
        Options = options;
        Database = new WardDatabase(options);
        _folder = folder;
        _databaseName = name;
    }

    public string Provider { get; }

    public DatabaseOptions Options { get; }

    public WardDatabase Database { get; }

    public bool IsPostgres => Provider == Providers.Postgres;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var database = provider == Providers.Postgres
            ? await CreatePostgresAsync()
            : CreateSqlite();
        await database.Database.MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>Runs SQL on a connection of its own, outside any transaction.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var db = Database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Appends records in one committed transaction, as production code does.</summary>
    public async Task AppendAsync(AuditLog log, params AuditRecord[] records)
    {
        await using var db = Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await log.AppendAsync(db, records, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>Removes the append-only guard, as someone with owner rights could.</summary>
    public Task<int> DropAuditGuardAsync() => ExecuteAsync(IsPostgres
        ? "ALTER TABLE audit_events DISABLE TRIGGER ALL"
        : "DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;");

    public async ValueTask DisposeAsync()
    {
        if (_databaseName is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(Options.ConnectionString));
            await using var admin = new NpgsqlConnection(Providers.PostgresAdmin);
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        if (_folder is not null)
        {
            SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionString(_folder)));
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(
            Path.GetTempPath(), "ward-storage-tests-" + Guid.NewGuid().ToString("N"));
        var options = new DatabaseOptions { DataDirectory = folder };
        return new TestDatabase(Providers.Sqlite, options, folder, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = Providers.PostgresAdmin
            ?? throw new InvalidOperationException("WARD_TEST_POSTGRES is not set.");
        var name = "ward_t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE {name}";
            await create.ExecuteNonQueryAsync();
        }

        var target = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = target };
        return new TestDatabase(Providers.Postgres, options, null, name);
    }

    // The same string WardDatabase derives from the data directory, so its pool can be cleared.
    private static string SqliteConnectionString(string folder) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "ward.db"),
            Pooling = true,
        }.ToString();
}
