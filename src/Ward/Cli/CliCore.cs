using Ward.Hosting;

namespace Ward.Cli;

/// <summary>Opens Ward's store for a one-off command, with the same logging rules as the
/// server.</summary>
internal static class CliCore
{
    /// <summary>Opens the store. Only commands that create data (import) may start a new one;
    /// the others refuse a data directory that holds no Ward database, so that a mistyped
    /// <c>--data</c> cannot make, say, <c>audit verify</c> pass on an empty store.</summary>
    public static async Task<WardCore> OpenAsync(string? dataDirectory,
        CancellationToken cancellationToken, bool create = false, IConfiguration? settings = null)
    {
        var configuration = settings ?? WardCore.LoadConfiguration();
        RequireExistingStore(configuration, dataDirectory, create);
        var logs = LoggerFactory.Create(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddSimpleConsole(o => o.SingleLine = true);
            // Commands print their results on stdout (JSON, CSV, files to pipe); warnings such
            // as the development-key notice go to stderr so they never mix in.
            logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            logging.SetMinimumLevel(LogLevel.Warning);
        });
        var core = WardCore.Open(configuration, dataDirectory, logs);
        await core.Database.MigrateAsync(cancellationToken);
        return core;
    }

    private static void RequireExistingStore(
        IConfiguration configuration, string? dataDirectory, bool create)
    {
        var provider = configuration["Ward:Database:Provider"] ?? "sqlite";
        if (create || !provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = dataDirectory ?? configuration["Ward:Database:DataDirectory"] ?? "data";
        if (!File.Exists(Path.Combine(folder, "ward.db")))
        {
            throw new CliException($"No Ward data in {Path.GetFullPath(folder)}. Point --data "
                + "at the folder the server uses (it holds ward.db).");
        }
    }
}
