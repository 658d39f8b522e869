using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ward.Storage.Identity;

/// <summary>Lets the EF tools create the PostgreSQL staff context when adding a
/// migration.</summary>
internal sealed class PostgresStaffIdentityDesignTimeFactory
    : IDesignTimeDbContextFactory<PostgresStaffIdentityDbContext>
{
    public PostgresStaffIdentityDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresStaffIdentityDbContext>();
        StaffIdentityStore.PostgresOptions(builder, "Host=127.0.0.1;Database=ward_design");
        return new(builder.Options);
    }
}
