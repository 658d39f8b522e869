using Ward.Keys;
using Ward.Security.Keys;
using Ward.Storage;
using Ward.Storage.Audit;

namespace Ward.Hosting;

/// <summary>
/// The parts every command needs: configuration, the database, the master key and the audit log.
/// The server registers these same instances, so a command and the server agree on everything.
/// </summary>
internal sealed class WardCore
{
    private WardCore(IConfiguration configuration, DatabaseOptions database, ILoggerFactory logs)
    {
        Configuration = configuration;
        DatabaseOptions = database;
        Logs = logs;
        Database = new WardDatabase(database);
        var keys = configuration.GetSection("Ward:Keys").Get<KeyOptions>() ?? new KeyOptions();
        MasterKeys = new MasterKeyLoader(logs.CreateLogger<MasterKeyLoader>())
            .LoadRing(keys, database.DataDirectory);
        Audit = new AuditLog(Time);
        PracticeKeys = new PracticeKeyStore(MasterKeys, Time);
        SigningKeys = new SigningKeyStore(MasterKeys, Time);
    }

    public IConfiguration Configuration { get; }

    public DatabaseOptions DatabaseOptions { get; }

    public ILoggerFactory Logs { get; }

    public WardDatabase Database { get; }

    public MasterKeyRing MasterKeys { get; }

    public MasterKey MasterKey => MasterKeys.Current;

    public PracticeKeyStore PracticeKeys { get; }

    public SigningKeyStore SigningKeys { get; }

    public AuditLog Audit { get; }

    public TimeProvider Time { get; } = TimeProvider.System;

    /// <summary>Reads configuration (appsettings.json, then environment) and opens the
    /// store.</summary>
    public static WardCore Open(IConfiguration configuration, string? dataDirectory, ILoggerFactory logs)
    {
        var database = configuration.GetSection("Ward:Database").Get<DatabaseOptions>()
            ?? new DatabaseOptions();
        database.ConnectionString ??= configuration.GetConnectionString("Ward");
        var sqlite = database.Provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase);
        if (!database.IsPostgres && !sqlite)
        {
            throw new InvalidOperationException(
                $"Ward:Database:Provider must be sqlite or postgres, not \"{database.Provider}\".");
        }
        if (dataDirectory is not null)
        {
            database.DataDirectory = dataDirectory;
        }

        return new WardCore(configuration, database, logs);
    }

    /// <summary>The configuration sources Ward reads, in order of precedence (last wins).</summary>
    public static IConfigurationRoot LoadConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}
