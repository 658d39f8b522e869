using System.Globalization;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Registers;

/// <summary>The annual security risk analysis on record (HIPAA 164.308(a)(1)(ii)(A)) closes
/// the review gap <c>ward doctor</c> reports.</summary>
public sealed class ReviewRegisterTests
{
    private const string Practice = "sunrise-family";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task RiskAnalysis_Recorded_DoctorDropsReviewGap(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        var before = await DoctorAsync(ward);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var added = await CliRunner.RunAsync(ward, "review", "add", "--practice", Practice,
            "--kind", "risk-analysis", "--completed", today, "--notes", "Annual analysis done",
            "--user", TestPractices.Compliance);
        var after = await DoctorAsync(ward);

        Assert.Equal(0, added.ExitCode);
        Assert.Contains(ReviewGaps(before),
            l => l.Contains("risk analysis", StringComparison.Ordinal));
        Assert.Empty(ReviewGaps(after));
        Assert.Contains("gap(s)", after.Output);
    }

    private static Task<CliResult> DoctorAsync(WardTestServer ward) =>
        CliRunner.RunAsync(ward, "doctor", "--practice", Practice, "--user",
            TestPractices.Compliance);

    private static List<string> ReviewGaps(CliResult doctor) =>
        [.. doctor.Output.Split('\n')
            .Where(l => l.Contains("[GAP] reviews:", StringComparison.Ordinal))];
}
