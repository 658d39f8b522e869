using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ward.Access;
using Ward.Hosting;
using Ward.Practices;
using Microsoft.EntityFrameworkCore;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.Host.Tests.Support;

/// <summary>
/// A real Ward server in this process, on a loopback port, with its providers pointed at a
/// <see cref="ProviderStandIn"/> and its own fresh database.
/// </summary>
internal sealed class WardTestServer : IAsyncDisposable
{
    private WardTestServer(WebApplication app, TestDatabase database, ProviderStandIn providers,
        CapturedLogs logs, Uri baseUrl)
    {
        App = app;
        Database = database;
        Providers = providers;
        Logs = logs;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(15) };
    }

    public WebApplication App { get; }

    public TestDatabase Database { get; }

    public ProviderStandIn Providers { get; }

    public CapturedLogs Logs { get; }

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    public static Task<WardTestServer> StartAsync(string provider, params string[] practiceFiles) =>
        StartAsync(provider, new Dictionary<string, string?>(), practiceFiles);

    /// <summary>Starts with <paramref name="settings"/> added to the configuration.</summary>
    public static async Task<WardTestServer> StartAsync(string provider,
        IReadOnlyDictionary<string, string?> settings, params string[] practiceFiles)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var providers = await ProviderStandIn.StartAsync();
        var logs = new CapturedLogs();
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var app = WardServer.Build(baseUrl.ToString(), database.DataDirectory,
            builder =>
            {
                Configure(builder, database, providers, logs, baseUrl);
                builder.Configuration.AddInMemoryCollection(settings);
            });

        var core = app.Services.GetRequiredService<WardCore>();
        await core.Database.MigrateAsync(CancellationToken.None);
        var importer = app.Services.GetRequiredService<PracticeImporter>();
        foreach (var file in practiceFiles)
        {
            var errors = await importer.ImportAsync(file, Principal.System, CancellationToken.None);
            Assert.Empty(errors);
        }

        await WardServer.PrepareAsync(app, CancellationToken.None);
        await app.StartAsync();
        return new WardTestServer(app, database, providers, logs, baseUrl);
    }

    public WardDbContext OpenDb() => App.Services.GetRequiredService<WardDatabase>().CreateContext();

    /// <summary>Polls the outbox until <paramref name="done"/> holds or time runs out.</summary>
    public async Task<List<OutboxRow>> WaitForOutboxAsync(
        Func<List<OutboxRow>, bool> done, double seconds = 15)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await using var db = OpenDb();
            var rows = await db.Outbox.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
            if (done(rows) || DateTimeOffset.UtcNow > until)
            {
                return rows;
            }

            await Task.Delay(50);
        }
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
        ProviderStandIn providers, CapturedLogs logs, Uri baseUrl)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ward:PublicBaseUrl"] = baseUrl.ToString(),
            ["Ward:WhatsApp:GraphBaseUrl"] = new Uri(providers.BaseUrl, "v23.0").ToString(),
            ["Ward:Twilio:ApiBaseUrl"] = providers.BaseUrl.ToString(),
            ["Ward:PagerDuty:EventsUrl"] = new Uri(providers.BaseUrl, "v2/enqueue").ToString(),
            ["Ward:Keys:MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Ward:Database:Provider"] = database.Provider,
            ["ConnectionStrings:Ward"] = database.ConnectionString,
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
