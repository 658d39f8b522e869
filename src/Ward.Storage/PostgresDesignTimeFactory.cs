using Microsoft.EntityFrameworkCore.Design;

namespace Ward.Storage;

/// <summary>Lets the EF tools create the PostgreSQL context when adding a migration.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWardDbContext>
{
    public PostgresWardDbContext CreateDbContext(string[] args) =>
        new(WardDatabase.PostgresOptions("Host=127.0.0.1;Database=ward_design"));
}
