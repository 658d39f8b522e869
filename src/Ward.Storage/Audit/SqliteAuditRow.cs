using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>
/// One audit event read from SQLite as a single value: every column joined by the unit
/// separator (U+001F) in SQL. Each column fetched through the provider costs more than hashing
/// the event, so one fetch per row is what lets verification keep up with a million events a
/// second. The hash input is built from the stored UTF-8 bytes, which are the bytes the chain
/// rule encodes. A row that cannot be split without doubt (a separator or NUL inside a value,
/// invalid UTF-8, a sequence that is not an integer) is refused, and the caller falls back to
/// reading columns one by one.
/// </summary>
internal static class SqliteAuditRow
{
    /// <summary>The select expression, in the order <see cref="TryRead"/> expects.</summary>
    public const string Expression =
        "concat_ws(char(31), sequence, occurred_at_ms, practice_id, actor_type, actor_id, "
        + "action, resource_type, resource_id, fields, purpose, outcome, source_address, "
        + "previous_hash, hash)";

    private const byte Separator = 0x1F;
    private const int Values = 14;
    private const int TextValues = 11;
    private const int StackLimit = 1024;

    /// <summary>Splits <paramref name="row"/>, checks its hash and returns what the walk needs;
    /// false when the row has to be read column by column instead.</summary>
    public static bool TryRead(ReadOnlySpan<byte> row, PracticeNames names, out ChainLink link)
    {
        link = default;
        Span<int> starts = stackalloc int[Values + 1];
        if (row.Contains((byte)0) || !Utf8.IsValid(row) || !TrySplit(row, starts))
        {
            return false;
        }

        if (!TryNumber(Value(row, starts, 0), out var sequence)
            || !TryNumber(Value(row, starts, 1), out var occurredAtMs))
        {
            return false;
        }

        var matches = HashMatches(row, starts, sequence, occurredAtMs);
        link = new ChainLink(
            names.Get(Value(row, starts, 2)), sequence,
            Encoding.UTF8.GetString(Value(row, starts, 12)),
            Encoding.UTF8.GetString(Value(row, starts, 13)), matches);
        return true;
    }

    // starts[i] is where value i begins; starts[Values] is one past the row's end plus one, so
    // value i always spans starts[i] .. starts[i + 1] - 1.
    private static bool TrySplit(ReadOnlySpan<byte> row, Span<int> starts)
    {
        var at = 0;
        for (var i = 0; i < Values - 1; i++)
        {
            var next = row[at..].IndexOf(Separator);
            if (next < 0)
            {
                return false;
            }

            starts[i] = at;
            at += next + 1;
        }

        starts[Values - 1] = at;
        starts[Values] = row.Length + 1;
        return !row[at..].Contains(Separator);
    }

    private static ReadOnlySpan<byte> Value(ReadOnlySpan<byte> row, Span<int> starts, int i) =>
        row[starts[i]..(starts[i + 1] - 1)];

    private static bool TryNumber(ReadOnlySpan<byte> text, out long value) =>
        Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length;

    private static bool HashMatches(
        ReadOnlySpan<byte> row, Span<int> starts, long sequence, long occurredAtMs)
    {
        var capacity = 16 + (TextValues * 4) + row.Length;
        byte[]? rented = null;
        Span<byte> input = capacity <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(capacity));
        try
        {
            BinaryPrimitives.WriteInt64BigEndian(input, sequence);
            BinaryPrimitives.WriteInt64BigEndian(input[8..], occurredAtMs);
            var at = 16;
            for (var i = 2; i < 2 + TextValues; i++)
            {
                var value = Value(row, starts, i);
                BinaryPrimitives.WriteInt32BigEndian(input[at..], value.Length);
                value.CopyTo(input[(at + 4)..]);
                at += 4 + value.Length;
            }

            Span<byte> hash = stackalloc byte[AuditChain.HashBytes];
            SHA256.HashData(input[..at], hash);
            return IsLowerHex(hash, Value(row, starts, 13));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    // The stored hash is compared as text, lowercase, exactly as the chain rule writes it.
    private static bool IsLowerHex(ReadOnlySpan<byte> hash, ReadOnlySpan<byte> text)
    {
        if (text.Length != hash.Length * 2)
        {
            return false;
        }

        ReadOnlySpan<byte> digits = "0123456789abcdef"u8;
        for (var i = 0; i < hash.Length; i++)
        {
            if (text[2 * i] != digits[hash[i] >> 4] || text[(2 * i) + 1] != digits[hash[i] & 15])
            {
                return false;
            }
        }

        return true;
    }
}
