using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ward.Staff;
using Ward.Staff.Identity;
using Ward.Storage.Identity;

namespace Ward.Cli;

/// <summary><c>ward staff invite --practice ID --staff EMAIL --user OWNER</c>: prints a
/// one-time invitation link for a member of the practice file's staff.</summary>
internal static class StaffCommands
{
    public static Command Create() => new("staff", "Staff sign-in to the web app.") { Invite() };

    private static Command Invite()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var staff = new Option<string>("--staff")
        {
            Required = true, Description = "The e-mail of the staff member, as in the practice file.",
        };
        var command = new Command("invite",
            "Print a one-time link with which a member of staff sets a password and TOTP.")
        {
            practice, data, staff,
        };
        command.SetAction((result, cancellationToken) =>
            InviteAsync(result.GetValue(staff)!, cancellationToken));
        return command;
    }

    private static async Task<int> InviteAsync(string staffId, CancellationToken cancellationToken)
    {
        var session = CliSession.Current;
        var core = session.Core;
        await using var services = new ServiceCollection().AddStaffIdentityStore(core.Database)
            .BuildServiceProvider();
        await StaffIdentityStore.MigrateAsync(services, cancellationToken);
        var ward = core.Configuration.GetSection("Ward").Get<WardOptions>() ?? new WardOptions();
        var staffOptions = core.Configuration.GetSection("Ward:Staff").Get<StaffOptions>()
            ?? new StaffOptions();
        var issuer = new InvitationIssuer(
            services.GetRequiredService<IDbContextFactory<StaffIdentityDbContext>>(),
            new StaffDirectory(core.Database), Options.Create(staffOptions), Options.Create(ward),
            core.Time);

        var link = await issuer.CreateAsync(session.Practice, staffId, session.Principal.ActorId,
            cancellationToken) ?? throw new CliException(
                $"No active member of staff with that e-mail in practice \"{session.Practice}\".");
        await CliAudit.RecordAsync(session, "staff.invitation.created", "User", staffId, "",
            cancellationToken, "access-control");
        // The link is a credential until used: it goes to the terminal, never to a log.
        Console.WriteLine(link);
        return 0;
    }
}
