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

    public DbSet<AuditCheckpointRow> AuditCheckpoints => Set<AuditCheckpointRow>();

    public DbSet<SigningKeyRow> SigningKeys => Set<SigningKeyRow>();

    public DbSet<UserRow> Users => Set<UserRow>();

    public DbSet<PatientKeyRow> PatientKeys => Set<PatientKeyRow>();

    public DbSet<ConsentRow> Consents => Set<ConsentRow>();

    public DbSet<BreachRow> Breaches => Set<BreachRow>();

    public DbSet<ReviewRow> Reviews => Set<ReviewRow>();

    public DbSet<BreakGlassRow> BreakGlass => Set<BreakGlassRow>();

    public DbSet<ConversationNoteRow> ConversationNotes => Set<ConversationNoteRow>();

    public DbSet<PortalChallengeRow> PortalChallenges => Set<PortalChallengeRow>();

    public DbSet<PortalSessionRow> PortalSessions => Set<PortalSessionRow>();
    public DbSet<KnowledgeEntryRow> KnowledgeEntries => Set<KnowledgeEntryRow>();

    public DbSet<StaffTaskRow> StaffTasks => Set<StaffTaskRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureTenancy(modelBuilder);
        ConfigureMessaging(modelBuilder);
        ConfigureAudit(modelBuilder);
        ConfigureCompliance(modelBuilder);
        ConfigurePortal(modelBuilder);
        ConfigureAssistant(modelBuilder);
        UseSnakeCase(modelBuilder);
    }

    private static void ConfigureTenancy(ModelBuilder b)
    {
        b.Entity<PracticeRow>().ToTable("practices").HasKey(p => p.Id);
        b.Entity<PracticeRow>().HasIndex(p => p.WhatsAppPhoneNumberId).IsUnique();
        b.Entity<PracticeRow>().HasIndex(p => p.SmsNumber).IsUnique();
        b.Entity<PracticeKeyRow>().ToTable("practice_keys")
            .HasKey(k => new { k.PracticeId, k.Version });
        b.Entity<AgreementRow>().ToTable("agreements").HasKey(a => a.Id);
        b.Entity<AgreementRow>().HasIndex(a => new { a.PracticeId, a.Vendor });
        b.Entity<PatientRow>().ToTable("patients").HasKey(p => p.Id);
        b.Entity<PatientRow>().HasIndex(p => new { p.PracticeId, p.PhoneIndex }).IsUnique();
        b.Entity<PatientKeyRow>().ToTable("patient_keys").HasKey(k => k.PatientId);
        b.Entity<UserRow>().ToTable("users").HasKey(u => new { u.PracticeId, u.Id });
    }

    private static void ConfigureMessaging(ModelBuilder b)
    {
        b.Entity<ConversationRow>().ToTable("conversations").HasKey(c => c.Id);
        b.Entity<ConversationRow>()
            .HasIndex(c => new { c.PracticeId, c.PatientId, c.Channel }).IsUnique();
        b.Entity<MessageRow>().ToTable("messages").HasKey(m => m.Id);
        b.Entity<MessageRow>().HasIndex(m => new { m.Channel, m.ProviderMessageId }).IsUnique();
        b.Entity<MessageRow>().HasIndex(m => new { m.PracticeId, m.ConversationId, m.CreatedAtMs });
        b.Entity<ConversationNoteRow>().ToTable("conversation_notes").HasKey(n => n.Id);
        b.Entity<ConversationNoteRow>()
            .HasIndex(n => new { n.PracticeId, n.ConversationId, n.CreatedAtMs });
        b.Entity<OutboxRow>().ToTable("outbox").HasKey(o => o.Id);
        b.Entity<OutboxRow>().HasIndex(o => new { o.Status, o.NextAttemptAtMs });
        b.Entity<OutboxRow>().HasIndex(o => new { o.PracticeId, o.PatientId });
    }

    private static void ConfigureAudit(ModelBuilder b)
    {
        b.Entity<AuditEventRow>().ToTable("audit_events")
            .HasKey(e => new { e.PracticeId, e.Sequence });
        b.Entity<ChainHeadRow>().ToTable("chain_heads").HasKey(h => h.PracticeId);
        b.Entity<AuditCheckpointRow>().ToTable("audit_checkpoints")
            .HasKey(c => new { c.PracticeId, c.Sequence });
        b.Entity<SigningKeyRow>().ToTable("signing_keys").HasKey(k => k.Id);
    }

    private static void ConfigureCompliance(ModelBuilder b)
    {
        b.Entity<ConsentRow>().ToTable("consents").HasKey(c => c.Id);
        b.Entity<ConsentRow>().HasIndex(c => new { c.PracticeId, c.PatientId, c.Purpose });
        b.Entity<BreachRow>().ToTable("breaches").HasKey(r => r.Id);
        b.Entity<BreachRow>().HasIndex(r => r.PracticeId);
        b.Entity<ReviewRow>().ToTable("reviews").HasKey(r => r.Id);
        b.Entity<ReviewRow>().HasIndex(r => new { r.PracticeId, r.Kind });
        b.Entity<BreakGlassRow>().ToTable("break_glass").HasKey(r => r.Id);
        b.Entity<BreakGlassRow>().HasIndex(r => new { r.PracticeId, r.AtMs });
    }

    private static void ConfigurePortal(ModelBuilder b)
    {
        b.Entity<PortalChallengeRow>().ToTable("portal_challenges").HasKey(c => c.Id);
        b.Entity<PortalChallengeRow>()
            .HasIndex(c => new { c.PracticeId, c.PhoneIndex, c.CreatedAtMs });
        b.Entity<PortalChallengeRow>().HasIndex(c => new { c.SourceIndex, c.CreatedAtMs });
        b.Entity<PortalSessionRow>().ToTable("portal_sessions").HasKey(s => s.TokenHash);
        b.Entity<PortalSessionRow>().HasIndex(s => new { s.PracticeId, s.PatientId });
    }

    private static void ConfigureAssistant(ModelBuilder b)
    {
        b.Entity<KnowledgeEntryRow>().ToTable("knowledge_entries")
            .HasKey(e => new { e.PracticeId, e.EntryId });
        b.Entity<StaffTaskRow>().ToTable("staff_tasks").HasKey(t => t.Id);
        b.Entity<StaffTaskRow>().HasIndex(t => new { t.PracticeId, t.Status, t.CreatedAtMs });
        b.Entity<ConversationRow>().HasIndex(c => new { c.PracticeId, c.Queue });
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
