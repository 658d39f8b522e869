using Microsoft.EntityFrameworkCore;

namespace Ward.Storage.Identity;

/// <summary>Staff sign-in on PostgreSQL.</summary>
public sealed class PostgresStaffIdentityDbContext(
    DbContextOptions<PostgresStaffIdentityDbContext> options) : StaffIdentityDbContext(options);
