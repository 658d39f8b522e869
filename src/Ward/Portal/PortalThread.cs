using Microsoft.EntityFrameworkCore;
using Ward.Hosting;
using Ward.Ingest;
using Ward.PatientRights;
using Ward.Practices;
using Ward.Registers;
using Ward.Security;
using Ward.Storage;
using Ward.Storage.Audit;

namespace Ward.Portal;

/// <summary>
/// Reads a verified patient's portal thread, and the one message a secure link names. Every
/// query is scoped to the practice and the session's patient: a message of another patient is
/// not found, exactly as one that does not exist. Reads that return content are audited as the
/// patient's own.
/// </summary>
internal sealed class PortalThread(WardCore core, IngestQueue queue)
{
    public async Task<PortalView> ViewAsync(PracticeContext practice, string patientId,
        string? linkedId, CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        var (vault, cipher) = await OpenAsync(db, practice, patientId, cancellationToken);
        var messages = await MessagesAsync(db, vault, cipher, practice.Id, patientId, 0,
            cancellationToken);
        var linked = linkedId is null ? null
            : await LinkedAsync(db, vault, cipher, practice.Id, patientId, linkedId,
                cancellationToken);
        var language = await db.Conversations.AsNoTracking()
            .Where(c => c.PracticeId == practice.Id && c.PatientId == patientId
                && c.Language != null)
            .OrderByDescending(c => c.Channel == ChannelNames.Portal)
            .ThenByDescending(c => c.LastInboundAtMs)
            .Select(c => c.Language).FirstOrDefaultAsync(cancellationToken) ?? practice.Language;
        var consent = await db.Consents.AsNoTracking().Where(c => c.PatientId == patientId
                && c.PracticeId == practice.Id && c.Purpose == PortalConsent.Purpose)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

        await AuditReadsAsync(practice.Id, patientId, messages.Count, linked, linkedId,
            cancellationToken);
        return new PortalView(messages, linked, language,
            consent is null ? null : ConsentWords.ToEvent(consent).Choice);
    }

    /// <summary>Messages of the portal thread newer than <paramref name="afterMs"/>, for the
    /// page's polling.</summary>
    public async Task<IReadOnlyList<PortalMessage>> SinceAsync(PracticeContext practice,
        string patientId, long afterMs, CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        var (vault, cipher) = await OpenAsync(db, practice, patientId, cancellationToken);
        var messages = await MessagesAsync(db, vault, cipher, practice.Id, patientId, afterMs,
            cancellationToken);
        if (messages.Count > 0)
        {
            await AuditReadsAsync(practice.Id, patientId, messages.Count, null, null,
                cancellationToken);
        }

        return messages;
    }

    private static async Task<(PatientVault Vault, FieldCipher? Cipher)> OpenAsync(WardDbContext db,
        PracticeContext practice, string patientId, CancellationToken cancellationToken)
    {
        var vault = new PatientVault(db, practice);
        var patient = await vault.FindAsync(patientId, null, cancellationToken);
        return (vault, await vault.CipherAsync(patient, cancellationToken));
    }

    private static async Task<List<PortalMessage>> MessagesAsync(WardDbContext db,
        PatientVault vault, FieldCipher? cipher, string practiceId, string patientId, long afterMs,
        CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && c.PatientId == patientId
                && c.Channel == ChannelNames.Portal)
            .Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (conversation is null)
        {
            return [];
        }

        var rows = await db.Messages.AsNoTracking()
            .Where(m => m.PracticeId == practiceId && m.ConversationId == conversation
                && m.CreatedAtMs > afterMs)
            .OrderByDescending(m => m.CreatedAtMs).ThenByDescending(m => m.Direction)
            .ThenByDescending(m => m.Id)
            .Take(PortalRules.ThreadLength).ToListAsync(cancellationToken);
        rows.Reverse();
        return [.. rows
            .Select(m => (Row: m,
                Text: vault.Open(cipher, m.BodyCipher, PracticeFields.MessageBody)))
            .Where(m => m.Text is not null)
            .Select(m => new PortalMessage(m.Row.Id, m.Row.Direction, m.Text!, m.Row.CreatedAtMs))];
    }

    private static async Task<PortalMessage?> LinkedAsync(WardDbContext db, PatientVault vault,
        FieldCipher? cipher, string practiceId, string patientId, string messageId,
        CancellationToken cancellationToken)
    {
        var row = await db.Messages.AsNoTracking()
            .Where(m => m.Id == messageId && m.PracticeId == practiceId && m.Direction == "out")
            .Join(db.Conversations.Where(c => c.PatientId == patientId
                    && c.PracticeId == practiceId),
                m => m.ConversationId, c => c.Id, (m, _) => m)
            .SingleOrDefaultAsync(cancellationToken);
        var text = row is null ? null
            : vault.Open(cipher, row.BodyCipher, PracticeFields.MessageBody);
        return text is null ? null
            : new PortalMessage(row!.Id, row.Direction, text, row.CreatedAtMs);
    }

    private Task AuditReadsAsync(string practiceId, string patientId, int count,
        PortalMessage? linked, string? linkedId,
        CancellationToken cancellationToken)
    {
        var events = new List<AuditRecord>
        {
            new(practiceId, AuditActors.Patient, patientId, "portal.thread_read", "Patient",
                patientId, $"body:{count}", "treatment", SourceAddress: ChannelNames.Portal),
        };
        if (linkedId is not null)
        {
            events.Add(new AuditRecord(practiceId, AuditActors.Patient, patientId,
                "portal.link_opened", "Message", linkedId, "body", "treatment",
                linked is null ? "not-found" : "success", ChannelNames.Portal));
        }

        return queue.SubmitAsync(new IngestRequest([], [], events), cancellationToken);
    }
}
