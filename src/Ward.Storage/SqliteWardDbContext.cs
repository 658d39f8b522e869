using Microsoft.EntityFrameworkCore;

namespace Ward.Storage;

/// <summary>The embedded default: SQLite in WAL mode with synchronous commits.</summary>
public sealed class SqliteWardDbContext(DbContextOptions<SqliteWardDbContext> options)
    : WardDbContext(options);
