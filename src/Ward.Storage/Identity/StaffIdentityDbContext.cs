using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ward.Storage.Identity;

/// <summary>
/// Staff sign-in: Identity's tables, sessions and invitations. It has its own migrations and
/// its own history table, so it never collides with <see cref="WardDbContext"/>'s. Two
/// subclasses exist only so that each provider keeps its own migrations.
/// </summary>
public abstract class StaffIdentityDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    /// <summary>The migrations history table of this context.</summary>
    public const string HistoryTable = "__staff_identity_migrations";

    public DbSet<StaffSessionRow> Sessions => Set<StaffSessionRow>();

    public DbSet<StaffInvitationRow> Invitations => Set<StaffInvitationRow>();

    /// <summary>The key ring that protects staff cookies and anti-forgery tokens, shared by
    /// every instance; each key is sealed under the master key before it is stored.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>().ToTable("staff_accounts");
        builder.Entity<StaffUser>().HasIndex(u => new { u.PracticeId, u.StaffId }).IsUnique();
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRole>().ToTable("staff_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>()
            .ToTable("staff_account_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>()
            .ToTable("staff_account_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>()
            .ToTable("staff_account_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>()
            .ToTable("staff_account_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>()
            .ToTable("staff_role_claims");
        builder.Entity<StaffSessionRow>().ToTable("staff_sessions").HasKey(s => s.Id);
        builder.Entity<StaffSessionRow>().HasIndex(s => s.UserId);
        builder.Entity<StaffInvitationRow>().ToTable("staff_invitations").HasKey(i => i.Id);
        builder.Entity<StaffInvitationRow>().HasIndex(i => i.TokenHash).IsUnique();
        builder.Entity<DataProtectionKey>().ToTable("staff_data_protection_keys");
    }
}
