using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ward.Storage.Identity;

/// <summary>Registers the staff sign-in context on the provider Ward uses, and migrates
/// it.</summary>
public static class StaffIdentityStore
{
    /// <summary>Adds <see cref="StaffIdentityDbContext"/> on the same database as
    /// <paramref name="database"/>.</summary>
    public static IServiceCollection AddStaffIdentityStore(
        this IServiceCollection services, WardDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var factory = new StaffIdentityContextFactory(database);
        services.AddSingleton<IDbContextFactory<StaffIdentityDbContext>>(factory);
        services.AddScoped(_ => factory.CreateDbContext());
        return services;
    }

    /// <summary>A context factory for the staff sign-in tables of <paramref name="database"/>,
    /// for readers outside the web app (<c>ward doctor</c>).</summary>
    public static IDbContextFactory<StaffIdentityDbContext> ContextFactory(WardDatabase database) =>
        new StaffIdentityContextFactory(database);

    /// <summary>Brings the staff sign-in schema up to date.</summary>
    public static async Task MigrateAsync(IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<StaffIdentityDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    internal static DbContextOptionsBuilder SqliteOptions(DbContextOptionsBuilder builder,
        string connection) =>
        builder.UseSqlite(connection,
                o => o.MigrationsHistoryTable(StaffIdentityDbContext.HistoryTable))
            .AddInterceptors(new SqlitePragmas());

    internal static DbContextOptionsBuilder PostgresOptions(DbContextOptionsBuilder builder,
        string connection) =>
        builder.UseNpgsql(connection,
            o => o.MigrationsHistoryTable(StaffIdentityDbContext.HistoryTable));
}
