using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Portal;

/// <summary><c>ward patient set-dob</c>: the front desk puts the date of birth on file, sealed
/// and audited; a bad date is refused by name and stores nothing.</summary>
public sealed class SetDobCommandTests
{
    [Fact]
    public async Task FrontDesk_SetsDob_PortalAcceptsIt_StoredSealedAndAudited()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "patient", "set-dob", "--practice",
            "sunrise-family", "--phone", "+1 555-010-0123", "--dob", "1980-04-12", "--user",
            TestPractices.FrontDesk);
        using var browser = new PortalBrowser(ward, "sunrise-family");
        var signIn = await browser.SignInAsync(ward, "+15550100123", "1980-04-12");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("1980", result.Output, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, signIn.StatusCode);
        await using var db = ward.OpenDb();
        var patient = await db.Patients.SingleAsync();
        Assert.NotNull(patient.DateOfBirthCipher);
        Assert.True(patient.DateOfBirthCipher.AsSpan().IndexOf("1980-04-12"u8) < 0);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "patient.created"
            && e.ActorId == TestPractices.FrontDesk && e.ResourceId == patient.Id));
    }

    [Theory]
    [InlineData("12/04/1980")]
    [InlineData("2999-01-01")]
    [InlineData("1980-02-30")]
    public async Task BadDob_Refused2_NamingTheOption_NothingStored(string dob)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "patient", "set-dob", "--practice",
            "sunrise-family", "--phone", "+15550100123", "--dob", dob, "--user",
            TestPractices.FrontDesk);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--dob", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(dob, result.Errors, StringComparison.Ordinal);
        await using var db = ward.OpenDb();
        Assert.Empty(await db.Patients.ToListAsync());
    }

    [Fact]
    public async Task Auditor_SetDob_Refused3()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "patient", "set-dob", "--practice",
            "sunrise-family", "--phone", "+15550100123", "--dob", "1980-04-12", "--user",
            TestPractices.Auditor);

        Assert.Equal(3, result.ExitCode);
    }
}
