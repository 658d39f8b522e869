namespace Ward.Storage.Tests;

/// <summary>The databases every storage test runs on: SQLite always, PostgreSQL when the
/// environment names a server (WARD_TEST_POSTGRES, a connection string to its admin database).
/// </summary>
public static class Providers
{
    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    public static string? PostgresAdmin =>
        Environment.GetEnvironmentVariable("WARD_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : null;

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (PostgresAdmin is not null)
            {
                data.Add(Postgres);
            }

            return data;
        }
    }
}
