using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Host.Tests.Support;
using Ward.Keys;
using Ward.Practices;
using Ward.Security;
using Ward.Security.Keys;
using Ward.Storage;

namespace Ward.Host.Tests.PatientRights;

/// <summary>
/// Everything in a server's database that still decrypts: every byte[] column of every entity
/// in the model, tried with every practice's keys (all versions) and every patient key left,
/// under every field name, the way <c>PracticeKeyStore</c> and <c>PatientVault</c> open them.
/// </summary>
internal static class StoredPlaintexts
{
    private static readonly string[] Fields = [.. typeof(PracticeFields)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)];

    public static async Task<List<string>> ReadAsync(WardTestServer ward)
    {
        await using var db = ward.OpenDb();
        var ciphers = await CiphersAsync(ward, db);
        var plaintexts = new List<string>();
        foreach (var value in await SealedValuesAsync(db))
        {
            foreach (var cipher in ciphers)
            {
                plaintexts.AddRange(Fields.Select(f => TryOpen(cipher, value, f)).OfType<string>());
            }
        }

        return plaintexts;
    }

    private static async Task<List<FieldCipher>> CiphersAsync(WardTestServer ward, WardDbContext db)
    {
        var store = ward.App.Services.GetRequiredService<PracticeKeyStore>();
        var rows = await db.PracticeKeys.AsNoTracking().ToListAsync();
        var practices = rows.GroupBy(r => r.PracticeId)
            .ToDictionary(g => g.Key, g => store.Open(g.Key, g));
        var ciphers = practices.Values.Select(k => k.Fields).ToList();
        foreach (var key in await db.PatientKeys.AsNoTracking().ToListAsync())
        {
            ciphers.Add(practices[key.PracticeId].OpenPatient(key.PatientId,
                new WrappedPatientKey(key.PracticeKeyVersion, key.WrappedKey)));
        }

        return ciphers;
    }

    private static async Task<List<byte[]>> SealedValuesAsync(WardDbContext db)
    {
        var values = new List<byte[]>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(byte[])))
            {
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = $"SELECT {property.GetColumnName()} FROM {table}";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    if (!reader.IsDBNull(0))
                    {
                        values.Add((byte[])reader.GetValue(0));
                    }
                }
            }
        }

        return values;
    }

    private static string? TryOpen(FieldCipher cipher, byte[] value, string field)
    {
        try
        {
            return value.Length == 0 ? null : cipher.Decrypt(value, field);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
