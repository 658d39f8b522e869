using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Ward.Security.Audit;

/// <summary>
/// The hash rule of the audit chain: SHA-256 over the sequence and the time as big-endian 64-bit
/// integers, then each text field (practice, actor type, actor, action, resource type,
/// resource, fields, purpose, outcome, source address, previous hash) as its big-endian 32-bit
/// UTF-8 length and its UTF-8 bytes. Length prefixes make the encoding unambiguous ("ab"+"c"
/// differs from "a"+"bc"), which a plain concatenation would not.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first event of a chain.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>The length of a hash in bytes (SHA-256).</summary>
    public const int HashBytes = 32;

    private const int NumberBytes = 16;
    private const int TextFieldCount = 11;
    private const int StackLimit = 1024;

    /// <summary>Returns <paramref name="entry"/> with its hash computed.</summary>
    public static AuditEntry Seal(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry with { Hash = ComputeHash(entry) };
    }

    /// <summary>The hash that <paramref name="entry"/> should carry, as lowercase hex.</summary>
    public static string ComputeHash(AuditEntry entry)
    {
        Span<byte> hash = stackalloc byte[HashBytes];
        ComputeHash(entry, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>True when <paramref name="entry"/>'s stored hash is the one its content gives;
    /// allocates nothing, so a verifier can call it for millions of events.</summary>
    public static bool HashMatches(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Hash.Length != HashBytes * 2)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[HashBytes];
        Span<char> hex = stackalloc char[HashBytes * 2];
        ComputeHash(entry, hash);
        Convert.TryToHexStringLower(hash, hex, out _);
        return hex.SequenceEqual(entry.Hash);
    }

    /// <summary>Writes the SHA-256 of <paramref name="entry"/>'s encoding into
    /// <paramref name="destination"/> (at least <see cref="HashBytes"/> long).</summary>
    public static void ComputeHash(AuditEntry entry, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var capacity = MaxEncodedLength(entry);
        byte[]? rented = null;
        Span<byte> buffer = capacity <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(capacity));
        try
        {
            var length = Encode(entry, buffer);
            SHA256.HashData(buffer[..length], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int Encode(AuditEntry e, Span<byte> buffer)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer, e.Sequence);
        BinaryPrimitives.WriteInt64BigEndian(buffer[8..], e.OccurredAtMs);
        var at = NumberBytes;

        at = Text(buffer, at, e.PracticeId);
        at = Text(buffer, at, e.ActorType);
        at = Text(buffer, at, e.ActorId);

        at = Text(buffer, at, e.Action);
        at = Text(buffer, at, e.ResourceType);
        at = Text(buffer, at, e.ResourceId);

        at = Text(buffer, at, e.Fields);
        at = Text(buffer, at, e.Purpose);
        at = Text(buffer, at, e.Outcome);
        at = Text(buffer, at, e.SourceAddress);
        return Text(buffer, at, e.PreviousHash);
    }

    private static int Text(Span<byte> buffer, int at, string value)
    {
        var length = Encoding.UTF8.GetBytes(value, buffer[(at + 4)..]);
        BinaryPrimitives.WriteInt32BigEndian(buffer[at..], length);
        return at + 4 + length;
    }

    // An upper bound, so the encoding never needs a second pass to size its buffer.
    private static int MaxEncodedLength(AuditEntry e)
    {
        var chars = e.PracticeId.Length + e.ActorType.Length + e.ActorId.Length
            + e.Action.Length + e.ResourceType.Length + e.ResourceId.Length + e.Fields.Length
            + e.Purpose.Length + e.Outcome.Length + e.SourceAddress.Length
            + e.PreviousHash.Length;
        return NumberBytes + (TextFieldCount * 4) + Encoding.UTF8.GetMaxByteCount(chars);
    }
}
