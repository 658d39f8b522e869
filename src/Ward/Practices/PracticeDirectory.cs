using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Keys;
using Ward.Storage;

namespace Ward.Practices;

/// <summary>
/// Finds practices by their receiving address. The whole directory is loaded at once and
/// replaced atomically, so lookups on the webhook path take no lock and touch no database.
/// </summary>
internal sealed class PracticeDirectory(WardDatabase database, PracticeKeyStore keyStore)
{
    private volatile Snapshot _snapshot = Snapshot.Empty;

    public IReadOnlyCollection<PracticeContext> All => _snapshot.ById.Values;

    public PracticeContext? ById(string id) => _snapshot.ById.GetValueOrDefault(id);

    public PracticeContext? ByWhatsAppNumberId(string phoneNumberId) =>
        _snapshot.ByWhatsApp.GetValueOrDefault(phoneNumberId);

    public PracticeContext? BySmsNumber(string e164) => _snapshot.BySms.GetValueOrDefault(e164);

    public IEnumerable<PracticeContext> BySmsAccount(string accountSid) =>
        _snapshot.ById.Values.Where(p => p.Settings.Sms?.AccountSid == accountSid);

    /// <summary>Reloads every practice from the database.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Practices.AsNoTracking().ToListAsync(cancellationToken);
        var keys = (await db.PracticeKeys.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(k => k.PracticeId, StringComparer.Ordinal);

        var loaded = rows.Select(row =>
        {
            var opened = keyStore.Open(row.Id, keys[row.Id]);
            var json = opened.Fields.Decrypt(row.SettingsCipher, PracticeFields.Settings);
            var settings = JsonSerializer.Deserialize<PracticeFile>(json, PracticeFileReader.Json)!;
            return new PracticeContext(settings, opened);
        }).ToList();
        _snapshot = new Snapshot(loaded);
    }

    private sealed class Snapshot
    {
        public static readonly Snapshot Empty = new([]);

        public Snapshot(List<PracticeContext> practices)
        {
            ById = practices.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
            ByWhatsApp = practices.Where(p => p.Settings.WhatsApp is not null)
                .ToFrozenDictionary(p => p.Settings.WhatsApp!.PhoneNumberId, StringComparer.Ordinal);
            BySms = practices.Where(p => p.Settings.Sms is not null)
                .ToFrozenDictionary(p => p.Settings.Sms!.From, StringComparer.Ordinal);
        }

        public FrozenDictionary<string, PracticeContext> ById { get; }

        public FrozenDictionary<string, PracticeContext> ByWhatsApp { get; }

        public FrozenDictionary<string, PracticeContext> BySms { get; }
    }
}
