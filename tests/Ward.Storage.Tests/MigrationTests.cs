using Microsoft.EntityFrameworkCore;
using Ward.Storage.Entities;

namespace Ward.Storage.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryMigration(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        await using var db = test.Database.CreateContext();
        var applied = await db.Database.GetAppliedMigrationsAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();

        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Contains(applied, m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Contains(applied, m => m.EndsWith("_AuditAppendOnly", StringComparison.Ordinal));
        Assert.Empty(pending);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MigrateAsync_EmptyDatabase_EveryTableReadable(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        await using var db = test.Database.CreateContext();

        Assert.Equal(0, await db.Practices.CountAsync());
        Assert.Equal(0, await db.PracticeKeys.CountAsync());
        Assert.Equal(0, await db.Agreements.CountAsync());
        Assert.Equal(0, await db.Patients.CountAsync());
        Assert.Equal(0, await db.Conversations.CountAsync());
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
        Assert.Equal(0, await db.ChainHeads.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrations_CurrentModel_HaveNoPendingChanges(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        await using var db = test.Database.CreateContext();
        var pending = db.Database.HasPendingModelChanges();

        Assert.False(pending);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MigrateAsync_RunTwice_KeepsSchemaAndData(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var db = test.Database.CreateContext())
        {
            db.Practices.Add(NewPractice("practice-a"));
            await db.SaveChangesAsync();
        }

        await test.Database.MigrateAsync(CancellationToken.None);
        await new WardDatabase(test.Options).MigrateAsync(CancellationToken.None);

        await using var check = test.Database.CreateContext();
        var applied = await check.Database.GetAppliedMigrationsAsync();
        Assert.Equal(check.Database.GetMigrations(), applied);
        var practice = Assert.Single(await check.Practices.ToListAsync());
        Assert.Equal("practice-a", practice.Id);
    }

    private static PracticeRow NewPractice(string id) => new()
    {
        Id = id,
        Name = "Sunrise Family Practice",
        Country = "US",
        TimeZone = "America/New_York",
        SettingsCipher = [1, 2, 3],
        CreatedAtMs = 1_764_777_600_000,
        UpdatedAtMs = 1_764_777_600_000,
    };
}
