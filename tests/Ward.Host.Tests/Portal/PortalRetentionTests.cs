using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Portal;

/// <summary>The retention purge removes the portal's spent codes and ended sessions, and keeps
/// a session that still runs.</summary>
public sealed class PortalRetentionTests
{
    [Fact]
    public async Task Purge_OldCodeAndEndedSession_Removed_LiveSessionKept()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());
        await PortalCodes.AddPatientAsync(ward, "sunrise-family", "+15550100123",
            new DateOnly(1980, 4, 12));
        using var first = new PortalBrowser(ward, "sunrise-family");
        using var second = new PortalBrowser(ward, "sunrise-family");
        await first.SignInAsync(ward, "+15550100123", "1980-04-12");
        await second.SignInAsync(ward, "+15550100123", "1980-04-12");
        await using (var db = ward.OpenDb())
        {
            var old = DateTimeOffset.UtcNow.AddDays(-31).ToUnixTimeMilliseconds();
            var ended = await db.PortalSessions.OrderBy(s => s.VerifiedAtMs).FirstAsync();
            ended.ExpiresAtMs = old;
            await db.PortalChallenges
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAtMs, old));
            await db.SaveChangesAsync();
        }

        var result = await CliRunner.RunAsync(ward, "retention", "purge", "--practice",
            "sunrise-family");

        Assert.Equal(0, result.ExitCode);
        await using var after = ward.OpenDb();
        Assert.Empty(await after.PortalChallenges.ToListAsync());
        Assert.Single(await after.PortalSessions.ToListAsync());
        await second.GetAsync();
        Assert.Contains("id=\"send\"", second.Page, StringComparison.Ordinal);
    }
}
