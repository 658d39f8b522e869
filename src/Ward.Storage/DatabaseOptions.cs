namespace Ward.Storage;

/// <summary>Which database Ward uses. Bound from <c>Ward:Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>"sqlite" (default) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>For PostgreSQL: the connection string (<c>ConnectionStrings__Ward</c>).
    /// For SQLite it is derived from the data directory unless given.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file, and the development key, live. Default:
    /// <c>./data</c>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>True when the provider is PostgreSQL.</summary>
    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);
}
