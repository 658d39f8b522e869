using System.CommandLine;
using Ward.Demo;
using Ward.Hosting;
using Ward.Access;
using Ward.Practices;

namespace Ward.Cli;

/// <summary>
/// <c>ward demo</c>: the main job on the embedded default with a demo practice, and the provider
/// APIs replaced by a sandbox on the same loopback server, so it runs with no accounts at all.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private const string DemoPractice = "ward-demo";

    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen.", DefaultValueFactory = _ => DefaultUrl,
        };
        var data = CommonOptions.Data();
        var command = new Command("demo",
            "Run Ward with a demo practice and a provider sandbox; then try `ward send`.")
        {
            urls, data,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var url = result.GetValue(urls)!.TrimEnd('/');
            var app = WardServer.Build(url, result.GetValue(data), b => UseSandbox(b, url));
            app.MapSandbox();
            await ImportDemoPracticeAsync(app, cancellationToken);
            await WardServer.PrepareAsync(app, cancellationToken);
            await DemoPatient.SeedAsync(app, cancellationToken);
            await app.StartAsync(cancellationToken);
            PrintWelcome(url);
            DemoPatient.PrintPortal(url);
            await PrintInvitationsAsync(app, cancellationToken);
            Console.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static void UseSandbox(WebApplicationBuilder builder, string url)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ward:PublicBaseUrl"] = url + "/",
            ["Ward:WhatsApp:GraphBaseUrl"] = url + "/sandbox/graph/v23.0",
            ["Ward:Twilio:ApiBaseUrl"] = url + "/sandbox/twilio",
            ["Ward:PagerDuty:EventsUrl"] = url + "/sandbox/pagerduty/v2/enqueue",
        });
        builder.Services.AddSingleton<Sandbox>();
    }

    private static async Task ImportDemoPracticeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var core = app.Services.GetRequiredService<WardCore>();
        await core.Database.MigrateAsync(cancellationToken);
        var path = Path.Combine(AppContext.BaseDirectory, "Demo", "demo-practice.json");
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var errors = await app.Services.GetRequiredService<PracticeImporter>()
            .ImportAsync(text, Principal.System, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The bundled demo practice is invalid: "
                + string.Join("; ", errors));
        }

        await ImportDemoKnowledgeAsync(core, cancellationToken);
    }

    // The demo practice answers from its own knowledge base, as a real practice would after
    // `ward kb import`.
    private static async Task ImportDemoKnowledgeAsync(WardCore core, CancellationToken cancellationToken)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Demo", "demo-knowledge.yaml");
        var knowledge = KnowledgeCommands.Read(await File.ReadAllTextAsync(path, cancellationToken));
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (added, updated, _) = await Knowledge.KnowledgeStore.UpsertAsync(db, "ward-demo",
            knowledge, Principal.System.ActorId, core.Time.GetUtcNow().ToUnixTimeMilliseconds(),
            cancellationToken);
        if (added + updated > 0)
        {
            await core.Audit.AppendAsync(db, [new Storage.Audit.AuditRecord("ward-demo",
                Storage.Audit.AuditActors.System, Principal.System.ActorId, "knowledge.imported",
                "KnowledgeBase", "ward-demo", "entries", "operations")], cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Printed to the terminal only, never logged: each link lets its holder set a password.
    private static async Task PrintInvitationsAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var invitations = scope.ServiceProvider.GetRequiredService<Staff.Identity.InvitationIssuer>();
        var staff = await scope.ServiceProvider.GetRequiredService<Staff.Identity.StaffDirectory>()
            .ListAsync(DemoPractice, cancellationToken);
        Console.WriteLine("Staff app: open one of these one-time links in a browser, choose a password,");
        Console.WriteLine("then set up an authenticator app (TOTP). The owner can invite again under Staff.");
        foreach (var member in staff.Where(s => s.DisabledAtMs is null)
            .OrderBy(s => s.Role != Security.Access.Role.Owner))
        {
            var link = await invitations.CreateAsync(DemoPractice, member.Id, "ward", cancellationToken);
            Console.WriteLine($"  {member.Role,-19} {member.Id}\n    {link}");
        }

        Console.WriteLine();
    }

    private static void PrintWelcome(string url)
    {
        Console.WriteLine($"""

            Ward demo is running at {url} with the practice "ward-demo" (US).
            Replies and pages go to a sandbox instead of WhatsApp, Twilio and PagerDuty.

            In another terminal, send a signed test message and see what Ward sends back:
              dotnet run --no-build --project src/Ward -- send "my chest hurts and my arm is numb"
              dotnet run --no-build --project src/Ward -- send "what time do you open on saturday?"
              dotnet run --no-build --project src/Ward -- send --channel sms --from +442079460000 "chest pain"

            """);
    }
}
