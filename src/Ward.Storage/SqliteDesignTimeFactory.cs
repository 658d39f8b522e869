using Microsoft.EntityFrameworkCore.Design;

namespace Ward.Storage;

/// <summary>Lets the EF tools create the SQLite context when adding a migration.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWardDbContext>
{
    public SqliteWardDbContext CreateDbContext(string[] args) =>
        new(WardDatabase.SqliteOptions("Data Source=design-time.db"));
}
