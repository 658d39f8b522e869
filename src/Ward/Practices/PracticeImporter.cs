using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Keys;
using Ward.Security.Keys;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Practices;

/// <summary>
/// Imports a practice file: all of it in one transaction, or nothing. Settings (secrets
/// included) are stored encrypted under the practice's own data key.
/// </summary>
internal sealed class PracticeImporter(
    WardDatabase database, PracticeKeyStore keyStore, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> ImportAsync(
        string text, Principal actor, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var stored = await StoredAsync(db, PracticeFileReader.IdOf(text), cancellationToken);
        var (file, errors) = PracticeFileReader.Read(text, time, stored);
        if (file is null)
        {
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var clashes = await FindClashesAsync(db, file, cancellationToken);
        if (clashes.Count > 0)
        {
            return clashes;
        }

        var keys = await keyStore.LoadOrCreateAsync(db, file.Id, cancellationToken);
        await StoreAsync(db, file, keys, cancellationToken);
        await audit.AppendAsync(db,
        [
            new AuditRecord(file.Id, actor.ActorType, actor.ActorId, "practice.imported", "Practice",
                file.Id, Fields: "settings,agreements,staff,retention", Purpose: "operations"),
        ], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>The practice's settings as stored, so that an exported file's "***" placeholders
    /// keep the secrets they stand for.</summary>
    private async Task<PracticeFile?> StoredAsync(
        WardDbContext db, string? id, CancellationToken cancellationToken)
    {
        var row = id is null ? null : await db.Practices.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var rows = await db.PracticeKeys.AsNoTracking().Where(k => k.PracticeId == row.Id)
            .ToListAsync(cancellationToken);
        var json = keyStore.Open(row.Id, rows).Fields.Decrypt(row.SettingsCipher, PracticeFields.Settings);
        return JsonSerializer.Deserialize<PracticeFile>(json, PracticeFileReader.Json);
    }

    private static async Task<List<string>> FindClashesAsync(
        WardDbContext db, PracticeFile file, CancellationToken cancellationToken)
    {
        var clashes = new List<string>();
        var whatsApp = file.WhatsApp?.PhoneNumberId;
        if (whatsApp is not null && await db.Practices.AnyAsync(
                p => p.Id != file.Id && p.WhatsAppPhoneNumberId == whatsApp, cancellationToken))
        {
            clashes.Add("whatsApp.phoneNumberId: already belongs to another practice");
        }

        var sms = file.Sms?.From;
        if (sms is not null && await db.Practices.AnyAsync(
                p => p.Id != file.Id && p.SmsNumber == sms, cancellationToken))
        {
            clashes.Add("sms.from: already belongs to another practice");
        }

        return clashes;
    }

    private async Task StoreAsync(
        WardDbContext db, PracticeFile file, PracticeKeys keys, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var settings = keys.Fields.Encrypt(
            JsonSerializer.Serialize(file, PracticeFileReader.Json), PracticeFields.Settings);
        var row = await db.Practices.FindAsync([file.Id], cancellationToken);
        if (row is null)
        {
            row = new PracticeRow
            {
                Id = file.Id, Name = file.Name, Country = file.Country, TimeZone = file.TimeZone,
                SettingsCipher = settings, CreatedAtMs = now,
            };
            db.Practices.Add(row);
        }

        row.Name = file.Name;
        row.Country = file.Country;
        row.TimeZone = file.TimeZone;
        row.WhatsAppPhoneNumberId = file.WhatsApp?.PhoneNumberId;
        row.SmsNumber = file.Sms?.From;
        row.SmsAccountSid = file.Sms?.AccountSid;
        row.SettingsCipher = settings;
        row.UpdatedAtMs = now;

        await db.Agreements.Where(a => a.PracticeId == file.Id).ExecuteDeleteAsync(cancellationToken);
        db.Agreements.AddRange((file.Agreements ?? []).Select(a => AgreementRows.From(file.Id, a)));
        await StoreStaffAsync(db, file, keys, now, cancellationToken);
    }

    /// <summary>Adds or updates the staff the file lists; staff it does not list are kept, so a
    /// file never silently removes someone's access record.</summary>
    private static async Task StoreStaffAsync(WardDbContext db, PracticeFile file,
        PracticeKeys keys, long now, CancellationToken cancellationToken)
    {
        foreach (var person in file.Staff ?? [])
        {
            var id = person.Email.ToLowerInvariant();
            var row = await db.Users.FindAsync([file.Id, id], cancellationToken);
            if (row is null)
            {
                row = new UserRow
                {
                    PracticeId = file.Id, Id = id, Role = person.Role, CreatedAtMs = now,
                    NameCipher = [],
                };
                db.Users.Add(row);
            }

            row.Role = person.Role;
            row.DisabledAtMs = person.Disabled ? row.DisabledAtMs ?? now : null;
            row.NameCipher = keys.Fields.Encrypt(person.Name, PracticeFields.StaffName);
            row.MobileCipher = person.Mobile is null ? null
                : keys.Fields.Encrypt(person.Mobile, PracticeFields.StaffMobile);
        }
    }
}
