using Npgsql;

namespace Ward.Host.Tests.Support;

/// <summary>A fresh, empty database of the named kind, removed again on dispose.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string provider, string dataDirectory, string? connectionString,
        string? postgresName)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        ConnectionString = connectionString;
        PostgresName = postgresName;
    }

    public string Provider { get; }

    public string DataDirectory { get; }

    public string? ConnectionString { get; }

    private string? PostgresName { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("ward-host-test-").FullName;
        if (provider == "sqlite")
        {
            return new TestDatabase(provider, folder, null, null);
        }

        var admin = Databases.PostgresAdmin
            ?? throw new InvalidOperationException("WARD_TEST_POSTGRES is not set.");
        var name = "ward_t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, folder, builder.ConnectionString, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Databases.PostgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"DROP DATABASE IF EXISTS {PostgresName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled connection; the temp folder is cleaned later.
        }
    }
}
