namespace Ward.Host.Tests.Support;

/// <summary>
/// The databases integration tests run on: SQLite always, PostgreSQL whenever the test script
/// has started one (it exports WARD_TEST_POSTGRES).
/// </summary>
public static class Databases
{
    public static string? PostgresAdmin =>
        Environment.GetEnvironmentVariable("WARD_TEST_POSTGRES") is { Length: > 0 } value
            ? value : null;

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (PostgresAdmin is not null)
        {
            data.Add("postgres");
        }

        return data;
    }
}
