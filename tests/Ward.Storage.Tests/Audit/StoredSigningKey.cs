using System.Security.Cryptography;
using Ward.Security.Audit;
using Ward.Security.Keys;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

/// <summary>A signing key generated under a master key and stored in the test database, as
/// Ward stores it, and opened for signing.</summary>
internal sealed class StoredSigningKey : IDisposable
{
    private StoredSigningKey(MasterKey master, WrappedSigningKey wrapped)
    {
        Master = master;
        Wrapped = wrapped;
        Key = AuditSigningKey.Open(wrapped, master);
    }

    public MasterKey Master { get; }

    public WrappedSigningKey Wrapped { get; }

    public ECDsa Key { get; }

    public string KeyId => Wrapped.Id;

    public static async Task<StoredSigningKey> CreateAsync(TestDatabase test)
    {
        var master = new MasterKey(RandomNumberGenerator.GetBytes(32), "test");
        var wrapped = AuditSigningKey.Generate(master);
        await using var db = test.Database.CreateContext();
        AuditSigningKeys.Add(db, wrapped, createdAtMs: 1_700_000_000_000);
        await db.SaveChangesAsync();
        return new StoredSigningKey(master, wrapped);
    }

    public void Dispose() => Key.Dispose();
}
