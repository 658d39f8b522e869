using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Host.Tests.Support;
using Ward.Practices;
using Ward.Registers;

namespace Ward.Host.Tests.Registers;

public sealed class BreachWatchTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task OverdueNotices_AlertedOnceEach(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(provider,
            TestPractices.UnitedStatesWithStaff());
        var discovered = DateTimeOffset.UtcNow.AddDays(-61)
            .ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var added = await CliRunner.RunAsync(ward, "breach", "add", "--practice", "sunrise-family",
            "--summary", "stolen laptop", "--determination", "breach", "--affected", "20",
            "--discovered", discovered, "--user", TestPractices.Compliance);
        var watch = ward.App.Services.GetRequiredService<BreachWatch>();
        var practice = ward.App.Services.GetRequiredService<PracticeDirectory>().ById("sunrise-family")!;

        var first = await watch.CheckAsync(practice, CancellationToken.None);
        var second = await watch.CheckAsync(practice, CancellationToken.None);

        Assert.Equal(0, added.ExitCode);
        // 45 CFR 164.404(b): individuals within 60 days. 20 people: HHS is due with the annual
        // log (164.408(c)), and no state has more than 500, so no media notice (164.406).
        Assert.Equal(1, first);
        Assert.Equal(0, second);
        await using var db = ward.OpenDb();
        var alerts = await db.Outbox.Where(o => o.Kind == "alert.sms").CountAsync();
        Assert.Equal(1, alerts);
    }
}
