using Microsoft.Extensions.Options;
using Ward.AssistantModel;
using Ward.Channels;
using Ward.Disclosure;
using Ward.Ingest;
using Ward.Outbox;
using Ward.Paging;
using Ward.Portal;
using Ward.Setup;
using Ward.Practices;
using Ward.Staff;
using Ward.Storage.Identity;
using Ward.Storage.Outbox;
using Ward.Triage;
using Ward.Webhooks;

namespace Ward.Hosting;

/// <summary>Builds the web server: modules, background services and endpoints.</summary>
internal static class WardServer
{
    public static WebApplication Build(string? urls, string? dataDirectory,
        Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            // The static web assets manifests are named after Ward, whichever process hosts it
            // (the test host, for one).
            ApplicationName = typeof(WardServer).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        // The staff app's files (CSS, Blazor's script) come from the build's static web assets
        // manifest when Ward runs from its build output rather than a published folder.
        builder.WebHost.UseStaticWebAssets();
        var core = WardCore.Open(builder.Configuration, dataDirectory, LoggerFactoryFor(builder));
        builder.Services.AddWard(builder.Configuration, core);
        builder.Services.AddStaffWeb(builder.Configuration, core);
        builder.Services.AddProxyHeaders(builder.Configuration);
        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStaffWeb();
        // Load balancers probe with HEAD as often as with GET.
        app.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], () => Results.Text("ok"))
            .ExcludeFromDescription();
        app.MapWebhooks();
        app.MapPortal();
        return app;
    }

    /// <summary>Migrates the store and loads the practices; the server is ready
    /// afterwards.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken cancellationToken)
    {
        Access.EndpointAccess.RequireRules(app);
        var core = app.Services.GetRequiredService<WardCore>();
        await core.Database.MigrateAsync(cancellationToken);
        await StaffIdentityStore.MigrateAsync(app.Services, cancellationToken);
        var practices = app.Services.GetRequiredService<PracticeDirectory>();
        await practices.ReloadAsync(cancellationToken);
        await app.Services.GetRequiredService<Knowledge.PracticeAssistants>()
            .ReloadAsync(cancellationToken);
        WardLog.Ready(app.Services.GetRequiredService<ILogger<WardCore>>(), practices.All.Count,
            core.Database.IsPostgres ? "postgres" : "sqlite", core.MasterKey.Origin,
            core.MasterKey.Id);
    }

    private static IServiceCollection AddWard(
        this IServiceCollection services, ConfigurationManager configuration, WardCore core)
    {
        services.AddOptions<WardOptions>().Bind(configuration.GetSection("Ward"))
            .PostConfigure(o => o.PublicBaseUrl = WithTrailingSlash(o.PublicBaseUrl))
            .Validate(o => o.PublicBaseUrl.IsAbsoluteUri, "Ward:PublicBaseUrl must be absolute")
            .Validate(o => o.MaxWebhookBytes > 1024, "Ward:MaxWebhookBytes is too small")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WardOptions>>().Value);
        services.AddAssistantModel(configuration);
        services.AddProblemDetails();
        services.AddSingleton(core).AddSingleton(core.Database).AddSingleton(core.MasterKey)
            .AddSingleton(core.MasterKeys).AddSingleton(core.PracticeKeys)
            .AddSingleton(core.Audit).AddSingleton(core.Time);
        services.AddWardChannels(configuration).AddWardPaging(configuration);
        services.AddSingleton(new TriageEngine());
        services.AddSingleton<PracticeDirectory>().AddSingleton<PracticeImporter>();
        services.AddSingleton<PracticePhiGate>().AddSingleton<OutboundScreen>();
        services.AddSingleton<Registers.BreachWatch>()
            .AddHostedService(sp => sp.GetRequiredService<Registers.BreachWatch>());
        services.AddSingleton<IngestQueue>().AddSingleton<IngestStore>().AddSingleton<IngestNotices>()
            .AddSingleton<ReplyPlanner>().AddHostedService<IngestWriter>();
        services.AddSingleton<WebhookAudit>().AddSingleton<WhatsAppInbox>()
            .AddSingleton<SmsInbox>();
        services.AddSingleton<OutboxStore>().AddSingleton<OutboxSignal>()
            .AddSingleton<OutboxSender>().AddSingleton<OutboxFinisher>()
            .AddHostedService(sp => sp.GetRequiredService<OutboxFinisher>())
            .AddSingleton<OutboxDispatcher>()
            .AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<PracticeDirectoryRefresher>();
        services.AddPortal();
        services.AddSetup();
        services.AddSingleton<Knowledge.PracticeAssistants>()
            .AddHostedService<Knowledge.PracticeAssistantsRefresher>();
        services.AddSingleton<Knowledge.KnowledgeExpiryWatch>()
            .AddHostedService(sp => sp.GetRequiredService<Knowledge.KnowledgeExpiryWatch>());
        return services;
    }

    // Relative links ("inbox/...", "webhooks/...") resolve under the base only when it ends
    // in a slash; "https://host/ward" would otherwise lose its "ward" segment.
    private static Uri WithTrailingSlash(Uri url) =>
        !url.IsAbsoluteUri || url.AbsolutePath.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");

    private static ILoggerFactory LoggerFactoryFor(WebApplicationBuilder builder) =>
        LoggerFactory.Create(logging =>
        {
            logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
            logging.AddSimpleConsole(o => o.SingleLine = true);
        });
}
