using Microsoft.EntityFrameworkCore;
using Ward.Ingest;
using Ward.PatientRights;
using Ward.Practices;
using Ward.Staff.Identity;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.Staff.Inbox;

/// <summary>Reads the inbox: the conversation list with its filters and the emergencies
/// nobody has acknowledged. Every query is scoped to the reader's practice.</summary>
internal sealed class InboxQueries(WardDatabase database, PracticeDirectory practices)
{
    public const string Emergency = "emergency";
    private const int MaxConversations = 200;

    public async Task<List<ConversationSummary>> ListAsync(StaffMember member, InboxFilter filter,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await Filtered(db, member, filter).OrderByDescending(c => c.LastInboundAtMs)
            .Take(MaxConversations).ToListAsync(cancellationToken);
        var stats = await StatsAsync(db, [.. rows.Select(c => c.Id)], cancellationToken);
        var names = await NamesAsync(db, member.PracticeId, rows, cancellationToken);

        var list = rows.Select(c =>
        {
            var s = stats.GetValueOrDefault(c.Id);
            return new ConversationSummary(c.Id, c.Channel, names[c.PatientId], c.LastCategory,
                c.LastInboundAtMs > (s?.Replied ?? 0), c.AssignedTo, c.TakenOverBy, s?.Open ?? 0,
                DateTimeOffset.FromUnixTimeMilliseconds(s?.Last ?? c.LastInboundAtMs));
        });
        return filter.View == InboxView.WaitingForReply ? [.. list.Where(c => c.WaitingForReply)]
            : [.. list.OrderByDescending(c => c.OpenEmergencies > 0).ThenByDescending(c => c.LastActivity)];
    }

    private static Task<Dictionary<string, Stats>> StatsAsync(WardDbContext db, List<string> ids,
        CancellationToken cancellationToken) =>
        db.Messages.AsNoTracking().Where(m => ids.Contains(m.ConversationId))
            .GroupBy(m => m.ConversationId)
            .Select(g => new Stats(
                g.Key,
                g.Max(m => m.CreatedAtMs),
                g.Where(m => m.SentBy != null).Max(m => (long?)m.CreatedAtMs),
                g.Count(m => m.Category == Emergency && m.AcknowledgedAtMs == null)))
            .ToDictionaryAsync(s => s.Id, cancellationToken);

    public async Task<List<EmergencyAlert>> OpenEmergenciesAsync(StaffMember member,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Messages.AsNoTracking().Where(m => m.PracticeId == member.PracticeId
                && m.Direction == "in" && m.Category == Emergency && m.AcknowledgedAtMs == null)
            .OrderByDescending(m => m.CreatedAtMs).Take(20).ToListAsync(cancellationToken);
        return [.. rows.Select(m => new EmergencyAlert(m.Id, m.ConversationId, m.Kinds ?? "",
            DateTimeOffset.FromUnixTimeMilliseconds(m.CreatedAtMs)))];
    }

    private static IQueryable<ConversationRow> Filtered(WardDbContext db, StaffMember member,
        InboxFilter filter)
    {
        var q = db.Conversations.AsNoTracking().Where(c => c.PracticeId == member.PracticeId);
        if (filter.Channel is { } channel)
        {
            q = q.Where(c => c.Channel == channel);
        }

        return filter.View switch
        {
            InboxView.Emergency => q.Where(c => c.LastCategory == Emergency || db.Messages.Any(m =>
                m.ConversationId == c.Id && m.Category == Emergency && m.AcknowledgedAtMs == null)),
            InboxView.Clinical => q.Where(c => c.LastCategory == "clinical"),
            InboxView.Mine => q.Where(c => c.AssignedTo == member.StaffId),
            _ => q,
        };
    }

    private async Task<Dictionary<string, string>> NamesAsync(WardDbContext db, string practiceId,
        List<ConversationRow> rows, CancellationToken cancellationToken)
    {
        var practice = practices.ById(practiceId)
            ?? throw new InvalidOperationException("The practice is not loaded.");
        var vault = new PatientVault(db, practice);
        var ids = rows.Select(r => r.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToListAsync(cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var patient in patients)
        {
            var cipher = await vault.CipherAsync(patient, cancellationToken);
            names[patient.Id] = vault.Open(cipher, patient.NameCipher, PracticeFields.PatientName)
                ?? (patient.ErasedAtMs is null ? "Patient " + patient.Id[^4..] : "(erased)");
        }

        return names;
    }

    /// <summary>Per conversation: the last message, the last staff reply, open
    /// emergencies.</summary>
    private sealed record Stats(string Id, long Last, long? Replied, int Open);

    /// <summary>The channels a filter can name.</summary>
    public static IReadOnlyList<string> Channels { get; } =
        [ChannelNames.WhatsApp, ChannelNames.Sms, ChannelNames.Portal];
}
