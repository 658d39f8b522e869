using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ward.Storage.Identity;

/// <summary>Lets the EF tools create the SQLite staff context when adding a migration.</summary>
internal sealed class SqliteStaffIdentityDesignTimeFactory
    : IDesignTimeDbContextFactory<SqliteStaffIdentityDbContext>
{
    public SqliteStaffIdentityDbContext CreateDbContext(string[] args) =>
        new(StaffIdentityStore.SqliteOptions(new DbContextOptionsBuilder<SqliteStaffIdentityDbContext>(),
            "Data Source=design-time.db").Options as DbContextOptions<SqliteStaffIdentityDbContext> ?? throw new InvalidOperationException());
}
