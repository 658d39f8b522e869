using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Ward.Storage;

/// <summary>
/// Opens contexts on the configured provider from a pool, and applies migrations.
/// </summary>
public sealed class WardDatabase
{
    private readonly Func<WardDbContext> _create;

    /// <summary>Prepares the pool for the provider and connection that the options name.</summary>
    public WardDatabase(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IsPostgres = options.IsPostgres;
        if (IsPostgres)
        {
            var connection = options.ConnectionString ?? throw new InvalidOperationException(
                "Ward:Database:Provider is postgres but ConnectionStrings:Ward is not set.");
            ConnectionString = connection;
            var factory = new PooledDbContextFactory<PostgresWardDbContext>(
                PostgresOptions(connection));
            _create = factory.CreateDbContext;
        }
        else
        {
            ConnectionString = SqliteConnectionString(options);
            var factory = new PooledDbContextFactory<SqliteWardDbContext>(
                SqliteOptions(ConnectionString));
            _create = factory.CreateDbContext;
        }
    }

    /// <summary>True on PostgreSQL, false on SQLite.</summary>
    public bool IsPostgres { get; }

    /// <summary>The connection string in use; it may hold a password, so it is never
    /// logged.</summary>
    public string ConnectionString { get; }

    /// <summary>A context from the pool; dispose it to return it.</summary>
    public WardDbContext CreateContext() => _create();

    /// <summary>Brings the schema up to date.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
    }

    internal static DbContextOptions<SqliteWardDbContext> SqliteOptions(string connection) =>
        new DbContextOptionsBuilder<SqliteWardDbContext>()
            .UseSqlite(connection)
            .AddInterceptors(new SqlitePragmas())
            .Options;

    internal static DbContextOptions<PostgresWardDbContext> PostgresOptions(string connection) =>
        new DbContextOptionsBuilder<PostgresWardDbContext>()
            .UseNpgsql(connection)
            .Options;

    private static string SqliteConnectionString(DatabaseOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        Directory.CreateDirectory(options.DataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.DataDirectory, "ward.db"),
            Pooling = true,
        }.ToString();
    }
}
