using System.Security.Cryptography;
using System.Text;

namespace Ward.Security;

/// <summary>
/// A keyed hash (HMAC-SHA256) of a normalised value, so that an encrypted column can be looked up
/// by equality without decrypting every row. Callers normalise first (a phone number to E.164).
/// </summary>
public sealed class BlindIndex
{
    private readonly byte[] _key;

    internal BlindIndex(byte[] key) => _key = key;

    /// <summary>The index of <paramref name="normalisedValue"/> in the given domain, as
    /// hex.</summary>
    public string Compute(string domain, string normalisedValue)
    {
        ArgumentNullException.ThrowIfNull(normalisedValue);
        var message = Encoding.UTF8.GetBytes(domain + "\n" + normalisedValue);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, message));
    }
}
