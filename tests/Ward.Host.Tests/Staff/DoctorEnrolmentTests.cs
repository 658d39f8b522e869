using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Host.Tests.Support;
using Ward.Storage.Identity;

namespace Ward.Host.Tests.Staff;

/// <summary><c>ward doctor</c> reads who has two-step sign-in from the sign-in accounts, and
/// says how to enrol (HIPAA 164.312(d)).</summary>
public sealed class DoctorEnrolmentTests
{
    [Fact]
    public async Task Doctor_ReadsTheAccountsEnrolment_NotTheStaffRowsFlag()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());
        await using (var db = ward.OpenDb())
        {
            await db.Users.Where(u => u.Id == TestPractices.Clinician)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.MfaEnabled, true));
        }

        await using (var scope = ward.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var created = await users.CreateAsync(new StaffUser
            {
                UserName = "sunrise-family/" + TestPractices.Owner, PracticeId = "sunrise-family",
                StaffId = TestPractices.Owner, TwoFactorEnabled = true,
            });
            Assert.True(created.Succeeded);
        }

        var doctor = await CliRunner.RunAsync(ward, "doctor", "--practice", "sunrise-family",
            "--user", TestPractices.Compliance);

        var lines = doctor.Output.Split('\n');
        Assert.DoesNotContain(lines, l => l.Contains(TestPractices.Owner + " (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(TestPractices.Clinician + " (", StringComparison.Ordinal)
            && l.Contains("multi-factor", StringComparison.Ordinal));
        Assert.DoesNotContain("when staff sign-in is available", doctor.Output, StringComparison.Ordinal);
        Assert.Contains("invitation", doctor.Output, StringComparison.Ordinal);
    }
}
