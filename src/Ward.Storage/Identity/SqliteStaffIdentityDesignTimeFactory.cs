using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ward.Storage.Identity;

/// <summary>Lets the EF tools create the SQLite staff context when adding a migration.</summary>
internal sealed class SqliteStaffIdentityDesignTimeFactory
    : IDesignTimeDbContextFactory<SqliteStaffIdentityDbContext>
{
    public SqliteStaffIdentityDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteStaffIdentityDbContext>();
        StaffIdentityStore.SqliteOptions(builder, "Data Source=design-time.db");
        return new(builder.Options);
    }
}
