using Microsoft.Extensions.DependencyInjection;
using Ward.Host.Tests.Support;
using Ward.Staff.Identity;

namespace Ward.Host.Tests.Staff;

/// <summary><c>ward staff invite</c>: the owner's one-time link, printed to the terminal.</summary>
public sealed class StaffInviteCommandTests
{
    [Fact]
    public async Task Owner_PrintsLinkThatOpensTheInvitationOnce()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "staff", "invite", "--practice", "sunrise-family",
            "--staff", TestPractices.FrontDesk, "--user", TestPractices.Owner);
        var link = result.Output.Trim();
        var token = link.Split("#t=")[1];
        await using var scope = ward.App.Services.CreateAsyncScope();
        var issuer = scope.ServiceProvider.GetRequiredService<InvitationIssuer>();
        var invitation = await issuer.FindOpenAsync(token, CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(new Uri(ward.BaseUrl, "account/invitation#t=").ToString(), link,
            StringComparison.Ordinal);
        Assert.Equal(TestPractices.FrontDesk, invitation?.StaffId);
        Assert.DoesNotContain(ward.Logs.Lines, l => l.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownStaff_Exit2NamingNoValue()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "staff", "invite", "--practice", "sunrise-family",
            "--staff", "stranger@elsewhere.example", "--user", TestPractices.Owner);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("stranger@elsewhere.example", result.Errors, StringComparison.Ordinal);
    }
}
