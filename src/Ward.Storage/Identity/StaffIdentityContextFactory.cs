using Microsoft.EntityFrameworkCore;

namespace Ward.Storage.Identity;

/// <summary>Creates staff sign-in contexts on the provider Ward uses.</summary>
internal sealed class StaffIdentityContextFactory : IDbContextFactory<StaffIdentityDbContext>
{
    private readonly Func<StaffIdentityDbContext> _create;

    public StaffIdentityContextFactory(WardDatabase database)
    {
        if (database.IsPostgres)
        {
            var options = (DbContextOptions<PostgresStaffIdentityDbContext>)StaffIdentityStore
                .PostgresOptions(new DbContextOptionsBuilder<PostgresStaffIdentityDbContext>(),
                    database.ConnectionString).Options;
            _create = () => new PostgresStaffIdentityDbContext(options);
        }
        else
        {
            var options = (DbContextOptions<SqliteStaffIdentityDbContext>)StaffIdentityStore
                .SqliteOptions(new DbContextOptionsBuilder<SqliteStaffIdentityDbContext>(),
                    database.ConnectionString).Options;
            _create = () => new SqliteStaffIdentityDbContext(options);
        }
    }

    public StaffIdentityDbContext CreateDbContext() => _create();
}
