using System.Text.Json;
using Microsoft.EntityFrameworkCore;
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
    WardDatabase database, MasterKey masterKey, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> ImportAsync(string text, CancellationToken cancellationToken)
    {
        var (file, errors) = PracticeFileReader.Read(text, time);
        if (file is null)
        {
            return errors;
        }

        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var clashes = await FindClashesAsync(db, file, cancellationToken);
        if (clashes.Count > 0)
        {
            return clashes;
        }

        var keys = await KeysForAsync(db, file.Id, cancellationToken);
        await StoreAsync(db, file, keys, cancellationToken);
        await audit.AppendAsync(db,
        [
            new AuditRecord(file.Id, AuditActors.Operator, "cli", "practice.imported", "Practice",
                file.Id, Fields: "settings,agreements", Purpose: "operations"),
        ], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
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

    private async Task<PracticeKeys> KeysForAsync(
        WardDbContext db, string practiceId, CancellationToken cancellationToken)
    {
        var row = await db.PracticeKeys.FindAsync([practiceId], cancellationToken);
        if (row is null)
        {
            var fresh = PracticeKeys.Generate(practiceId, masterKey);
            row = new PracticeKeyRow
            {
                PracticeId = practiceId,
                MasterKeyId = fresh.MasterKeyId,
                EncryptionKey = fresh.EncryptionKey,
                IndexKey = fresh.IndexKey,
                CreatedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            };
            db.PracticeKeys.Add(row);
        }

        var wrapped = new WrappedPracticeKeys(row.MasterKeyId, row.EncryptionKey, row.IndexKey);
        return PracticeKeys.Open(practiceId, wrapped, masterKey);
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
        db.Agreements.AddRange((file.Agreements ?? []).Select(a => new AgreementRow
        {
            PracticeId = file.Id, Vendor = a.Vendor, Kind = a.Kind, ExecutedOn = a.ExecutedOn,
        }));
    }
}
