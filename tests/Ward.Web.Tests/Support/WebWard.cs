using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ward.Access;
using Ward.Hosting;
using Ward.Host.Tests.Support;
using Ward.Practices;
using Ward.Staff.Identity;
using Ward.Storage;

namespace Ward.Web.Tests.Support;

/// <summary>
/// A real Ward on Kestrel on a loopback port, with a practice that has one member of staff per
/// role, its providers pointed at a loopback stand-in, and its own fresh SQLite database.
/// </summary>
internal sealed class WebWard : IAsyncDisposable
{
    public const string Practice = "sunrise-family";

    private WebWard(WebApplication app, TestDatabase database, ProviderStandIn providers, Uri baseUrl)
    {
        App = app;
        Database = database;
        Providers = providers;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(15) };
    }

    public WebApplication App { get; }

    public TestDatabase Database { get; }

    public ProviderStandIn Providers { get; }

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    public static async Task<WebWard> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync("sqlite");
        var providers = await ProviderStandIn.StartAsync();
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var app = WardServer.Build(baseUrl.ToString(), database.DataDirectory,
            builder => Configure(builder, database, providers, baseUrl, settings));

        var core = app.Services.GetRequiredService<WardCore>();
        await core.Database.MigrateAsync(CancellationToken.None);
        var errors = await app.Services.GetRequiredService<PracticeImporter>()
            .ImportAsync(TestPractices.UnitedStatesWithStaff(), Principal.System, CancellationToken.None);
        Assert.Empty(errors);
        await WardServer.PrepareAsync(app, CancellationToken.None);
        await app.StartAsync();
        return new WebWard(app, database, providers, baseUrl);
    }

    public WardDbContext OpenDb() => App.Services.GetRequiredService<WardDatabase>().CreateContext();

    /// <summary>A one-time invitation link for a member of the test practice's staff.</summary>
    public async Task<Uri> InviteAsync(string staffId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var link = await scope.ServiceProvider.GetRequiredService<InvitationIssuer>()
            .CreateAsync(Practice, staffId, TestPractices.Owner, CancellationToken.None);
        return link ?? throw new InvalidOperationException("No such staff member.");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Providers.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static void Configure(WebApplicationBuilder builder, TestDatabase database,
        ProviderStandIn providers, Uri baseUrl, IReadOnlyDictionary<string, string?>? settings)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ward:PublicBaseUrl"] = baseUrl.ToString(),
            ["Ward:WhatsApp:GraphBaseUrl"] = new Uri(providers.BaseUrl, "v23.0").ToString(),
            ["Ward:Twilio:ApiBaseUrl"] = providers.BaseUrl.ToString(),
            ["Ward:PagerDuty:EventsUrl"] = new Uri(providers.BaseUrl, "v2/enqueue").ToString(),
            ["Ward:Keys:MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Ward:Database:Provider"] = database.Provider,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new CapturedLogs());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
