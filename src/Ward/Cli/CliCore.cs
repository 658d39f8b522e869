using Ward.Hosting;

namespace Ward.Cli;

/// <summary>Opens Ward's store for a one-off command, with the same logging rules as the
/// server.</summary>
internal static class CliCore
{
    public static async Task<WardCore> OpenAsync(string? dataDirectory, CancellationToken cancellationToken)
    {
        var configuration = WardCore.LoadConfiguration();
        var logs = LoggerFactory.Create(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddSimpleConsole(o => o.SingleLine = true);
            logging.SetMinimumLevel(LogLevel.Warning);
        });
        var core = WardCore.Open(configuration, dataDirectory, logs);
        await core.Database.MigrateAsync(cancellationToken);
        return core;
    }
}
