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
            var builder = new DbContextOptionsBuilder<PostgresStaffIdentityDbContext>();
            StaffIdentityStore.PostgresOptions(builder, database.ConnectionString);
            _create = () => new PostgresStaffIdentityDbContext(builder.Options);
        }
        else
        {
            var builder = new DbContextOptionsBuilder<SqliteStaffIdentityDbContext>();
            StaffIdentityStore.SqliteOptions(builder, database.ConnectionString);
            _create = () => new SqliteStaffIdentityDbContext(builder.Options);
        }
    }

    public StaffIdentityDbContext CreateDbContext() => _create();
}
