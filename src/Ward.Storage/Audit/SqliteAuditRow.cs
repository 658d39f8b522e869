using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>
/// Reads audit events that SQLite returns as text, every column joined by the unit separator
/// (U+001F). Fetching a value through the provider costs more than hashing an event, so the
/// scan fetches one value for many rows, and this class splits it. The hash input is built from
/// the stored UTF-8 bytes, which are the bytes the chain rule encodes. A row that cannot be
/// split without doubt (a separator or NUL inside a value, invalid UTF-8, a sequence that is
/// not an integer) is refused, and the caller leaves the log to the ordered walk. One instance
/// per thread: it keeps a hash object, which costs less per event than a one-shot hash on the
/// platform's OpenSSL, and a reusable input buffer.
/// </summary>
internal sealed class SqliteAuditRow : IDisposable
{
    /// <summary>The select expression, in the order <see cref="TryRead"/> expects.</summary>
    public const string Expression =
        "concat_ws(char(31), sequence, occurred_at_ms, practice_id, actor_type, actor_id, "
        + "action, resource_type, resource_id, fields, purpose, outcome, source_address, "
        + "previous_hash, hash)";

    private const byte Separator = 0x1F;
    private const int Values = 14;
    private const int TextValues = 11;

    private readonly IncrementalHash _sha256 =
        IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    private readonly PracticeNames _names = new();

    // Most events follow the one read just before; their previous hash is then that event's
    // hash, and the same string serves both.
    private string _lastHash = "";

    private byte[] _input = new byte[1024];

    /// <summary>Splits <paramref name="row"/>, checks its hash and returns what the walk needs;
    /// false when the row has to be left to the ordered walk.</summary>
    public bool TryRead(ReadOnlySpan<byte> row, out ChainLink link)
    {
        link = default;
        Span<int> starts = stackalloc int[Values + 1];
        if (!TrySplit(row, starts) || !Utf8.IsValid(row))
        {
            return false;
        }

        if (!TryNumber(Value(row, starts, 0), out var sequence)
            || !TryNumber(Value(row, starts, 1), out var occurredAtMs))
        {
            return false;
        }

        var matches = HashMatches(row, starts, sequence, occurredAtMs);
        var previous = Value(row, starts, 12);
        var previousHash = Ascii.Equals(previous, _lastHash)
            ? _lastHash
            : Encoding.UTF8.GetString(previous);
        _lastHash = Encoding.UTF8.GetString(Value(row, starts, 13));
        link = new ChainLink(
            _names.Get(Value(row, starts, 2)), sequence, previousHash, _lastHash, matches);
        return true;
    }

    public void Dispose() => _sha256.Dispose();

    // starts[i] is where value i begins; starts[Values] is one past the row's end plus one, so
    // value i always spans starts[i] .. starts[i + 1] - 1. A NUL anywhere refuses the row.
    private static bool TrySplit(ReadOnlySpan<byte> row, Span<int> starts)
    {
        var at = 0;
        for (var i = 0; i < Values - 1; i++)
        {
            var next = row[at..].IndexOfAny(Separator, (byte)0);
            if (next < 0 || row[at + next] == 0)
            {
                return false;
            }

            starts[i] = at;
            at += next + 1;
        }

        starts[Values - 1] = at;
        starts[Values] = row.Length + 1;
        return !row[at..].ContainsAny(Separator, (byte)0);
    }

    private static ReadOnlySpan<byte> Value(ReadOnlySpan<byte> row, Span<int> starts, int i) =>
        row[starts[i]..(starts[i + 1] - 1)];

    private static bool TryNumber(ReadOnlySpan<byte> text, out long value) =>
        Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length;

    private bool HashMatches(
        ReadOnlySpan<byte> row, Span<int> starts, long sequence, long occurredAtMs)
    {
        var capacity = 16 + (TextValues * 4) + row.Length;
        if (_input.Length < capacity)
        {
            _input = new byte[capacity * 2];
        }

        Span<byte> input = _input;
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

        // The stored hash is compared as text, lowercase, exactly as the chain rule writes it.
        Span<byte> hash = stackalloc byte[AuditChain.HashBytes];
        Span<byte> hex = stackalloc byte[AuditChain.HashBytes * 2];
        _sha256.AppendData(input[..at]);
        _sha256.GetHashAndReset(hash);
        Convert.TryToHexStringLower(hash, hex, out _);
        return hex.SequenceEqual(Value(row, starts, 13));
    }
}
