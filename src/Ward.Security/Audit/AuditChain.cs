using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Ward.Security.Audit;

/// <summary>
/// The hash rule of the audit chain: SHA-256 over a length-prefixed encoding of every field and
/// the previous hash. Length prefixes make the encoding unambiguous ("ab"+"c" differs from
/// "a"+"bc"), which a plain concatenation would not.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first event of a chain.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Returns <paramref name="entry"/> with its hash computed.</summary>
    public static AuditEntry Seal(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry with { Hash = ComputeHash(entry) };
    }

    /// <summary>The hash that <paramref name="entry"/> should carry.</summary>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];

        BinaryPrimitives.WriteInt64BigEndian(number, entry.Sequence);
        hash.AppendData(number);
        BinaryPrimitives.WriteInt64BigEndian(number, entry.OccurredAtMs);
        hash.AppendData(number);
        foreach (var field in TextFields(entry))
        {
            Append(hash, field);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string[] TextFields(AuditEntry e) =>
    [
        e.PracticeId, e.ActorType, e.ActorId, e.Action, e.ResourceType, e.ResourceId,
        e.Fields, e.Purpose, e.Outcome, e.SourceAddress, e.PreviousHash,
    ];

    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
