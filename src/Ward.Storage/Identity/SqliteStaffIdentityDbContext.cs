using Microsoft.EntityFrameworkCore;

namespace Ward.Storage.Identity;

/// <summary>Staff sign-in on the embedded SQLite database.</summary>
public sealed class SqliteStaffIdentityDbContext(
    DbContextOptions<SqliteStaffIdentityDbContext> options) : StaffIdentityDbContext(options);
