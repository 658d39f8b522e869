using Microsoft.EntityFrameworkCore;

namespace Ward.Storage;

/// <summary>Production and multi-instance: PostgreSQL.</summary>
public sealed class PostgresWardDbContext(DbContextOptions<PostgresWardDbContext> options)
    : WardDbContext(options);
