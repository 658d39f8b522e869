using System.Text;
using Microsoft.EntityFrameworkCore;
using Ward.Storage.Entities;

namespace Ward.Storage;

/// <summary>
/// Ward's database. Two subclasses exist only so that each provider keeps its own migrations;
/// the model is the same. Every tenant-owned table carries the practice id.
/// </summary>
public abstract class WardDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PracticeRow> Practices => Set<PracticeRow>();

    public DbSet<PracticeKeyRow> PracticeKeys => Set<PracticeKeyRow>();

    public DbSet<AgreementRow> Agreements => Set<AgreementRow>();

    public DbSet<PatientRow> Patients => Set<PatientRow>();

    public DbSet<ConversationRow> Conversations => Set<ConversationRow>();

    public DbSet<MessageRow> Messages => Set<MessageRow>();

    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    public DbSet<AuditEventRow> AuditEvents => Set<AuditEventRow>();

    public DbSet<ChainHeadRow> ChainHeads => Set<ChainHeadRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureTenancy(modelBuilder);
        ConfigureMessaging(modelBuilder);
        ConfigureAudit(modelBuilder);
        UseSnakeCase(modelBuilder);
    }

    private static void ConfigureTenancy(ModelBuilder b)
    {
        b.Entity<PracticeRow>().ToTable("practices").HasKey(p => p.Id);
        b.Entity<PracticeRow>().HasIndex(p => p.WhatsAppPhoneNumberId).IsUnique();
        b.Entity<PracticeRow>().HasIndex(p => p.SmsNumber).IsUnique();
        b.Entity<PracticeKeyRow>().ToTable("practice_keys").HasKey(k => k.PracticeId);
        b.Entity<AgreementRow>().ToTable("agreements").HasKey(a => a.Id);
        b.Entity<AgreementRow>().HasIndex(a => new { a.PracticeId, a.Vendor });
        b.Entity<PatientRow>().ToTable("patients").HasKey(p => p.Id);
        b.Entity<PatientRow>().HasIndex(p => new { p.PracticeId, p.PhoneIndex }).IsUnique();
    }

    private static void ConfigureMessaging(ModelBuilder b)
    {
        b.Entity<ConversationRow>().ToTable("conversations").HasKey(c => c.Id);
        b.Entity<ConversationRow>()
            .HasIndex(c => new { c.PracticeId, c.PatientId, c.Channel }).IsUnique();
        b.Entity<MessageRow>().ToTable("messages").HasKey(m => m.Id);
        b.Entity<MessageRow>().HasIndex(m => new { m.Channel, m.ProviderMessageId }).IsUnique();
        b.Entity<MessageRow>().HasIndex(m => new { m.PracticeId, m.ConversationId, m.CreatedAtMs });
        b.Entity<OutboxRow>().ToTable("outbox").HasKey(o => o.Id);
        b.Entity<OutboxRow>().HasIndex(o => new { o.Status, o.NextAttemptAtMs });
    }

    private static void ConfigureAudit(ModelBuilder b)
    {
        b.Entity<AuditEventRow>().ToTable("audit_events")
            .HasKey(e => new { e.PracticeId, e.Sequence });
        b.Entity<ChainHeadRow>().ToTable("chain_heads").HasKey(h => h.PracticeId);
    }

    private static void UseSnakeCase(ModelBuilder b)
    {
        foreach (var entity in b.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
