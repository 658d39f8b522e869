using System.Security.Cryptography;
using System.Text;

namespace Ward.Channels.WhatsApp;

/// <summary>
/// Checks Meta's <c>X-Hub-Signature-256</c> header: <c>sha256=</c> followed by the lowercase
/// hex HMAC-SHA256 of the raw request body, keyed with the app secret.
/// </summary>
public static class WhatsAppSignature
{
    private const string Prefix = "sha256=";
    private const int DigestBytes = 32;

    /// <summary>
    /// True when <paramref name="headerValue"/> is the signature of <paramref name="rawBody"/>.
    /// The body must be the bytes exactly as received: Meta signs its escaped-unicode form,
    /// so re-serialized JSON never verifies. A missing or malformed header gives false.
    /// </summary>
    /// <exception cref="ArgumentException">The app secret is empty (a configuration error).
    /// </exception>
    public static bool IsValid(ReadOnlySpan<byte> rawBody, string? headerValue, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);

        Span<byte> claimed = stackalloc byte[DigestBytes];
        if (!TryDecodeHeader(headerValue, claimed))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[DigestBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), rawBody, expected);
        return CryptographicOperations.FixedTimeEquals(expected, claimed);
    }

    /// <summary>The header value Meta would send for <paramref name="rawBody"/>; used by
    /// Ward's own test-message tool, which signs exactly as the provider does.</summary>
    public static string Sign(ReadOnlySpan<byte> rawBody, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        return Prefix + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), rawBody));
    }

    private static bool TryDecodeHeader(string? headerValue, Span<byte> digest)
    {
        if (headerValue is null
            || headerValue.Length != Prefix.Length + (DigestBytes * 2)
            || !headerValue.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var hex = headerValue.AsSpan(Prefix.Length);
        foreach (var c in hex)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        var status = Convert.FromHexString(hex, digest, out _, out var written);
        return status == System.Buffers.OperationStatus.Done && written == DigestBytes;
    }
}
