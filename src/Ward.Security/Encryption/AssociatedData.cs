using System.Text;

namespace Ward.Security;

/// <summary>
/// Builds the fixed front of an associated data, so that sealing a value only appends the field
/// name instead of formatting a new string each time.
/// </summary>
internal static class AssociatedData
{
    /// <summary>The UTF-8 of every part followed by a slash: ("p1", "patient") gives
    /// "p1/patient/".</summary>
    public static byte[] Prefix(params ReadOnlySpan<string> parts)
    {
        var length = 0;
        foreach (var part in parts)
        {
            length += Encoding.UTF8.GetByteCount(part) + 1;
        }

        var prefix = new byte[length];
        var written = 0;
        foreach (var part in parts)
        {
            written += Encoding.UTF8.GetBytes(part, prefix.AsSpan(written));
            prefix[written++] = (byte)'/';
        }

        return prefix;
    }
}
