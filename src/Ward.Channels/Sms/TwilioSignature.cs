using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Ward.Channels.Sms;

/// <summary>
/// Checks Twilio's <c>X-Twilio-Signature</c> header: Base64 of HMAC-SHA1, keyed with the auth
/// token, over the full webhook URL followed by every POST parameter's name and value, names
/// in ordinal order.
/// </summary>
public static class TwilioSignature
{
    private const int DigestBytes = 20;

    /// <summary>
    /// True when <paramref name="headerValue"/> signs the request. Like the official SDKs, the
    /// URL is also tried with its default port (<c>:443</c>, <c>:80</c>) added or removed,
    /// since Twilio has not always been consistent about it.
    /// </summary>
    /// <param name="url">
    /// The public URL Twilio called, exactly as configured there, query string included
    /// (behind a proxy, rebuild it: the internal URL never verifies). A string, not a
    /// <see cref="Uri"/>, because the signed text is the URL as written, before normalising.
    /// </param>
    /// <param name="parameters">Every decoded form field received; never a filtered subset.</param>
    /// <param name="headerValue">The <c>X-Twilio-Signature</c> header; null gives false.</param>
    /// <param name="authToken">The account's auth token.</param>
    /// <exception cref="ArgumentException">The auth token is empty (a configuration error).
    /// </exception>
    public static bool IsValid(
        string url,
        IEnumerable<KeyValuePair<string, string>> parameters,
        string? headerValue,
        string authToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentException.ThrowIfNullOrEmpty(authToken);

        Span<byte> claimed = stackalloc byte[DigestBytes];
        if (headerValue is null
            || !Convert.TryFromBase64String(headerValue, claimed, out var written)
            || written != DigestBytes)
        {
            return false;
        }

        var key = Encoding.UTF8.GetBytes(authToken);
        var sorted = Sort(parameters);
        var valid = Matches(key, url, sorted, claimed);
        if (AlternateUrl(url) is { } alternate)
        {
            valid |= Matches(key, alternate, sorted, claimed);
        }

        return valid;
    }

    /// <summary>The <c>X-Twilio-Signature</c> value Twilio would send; used by Ward's own
    /// test-message tool, which signs exactly as the provider does.</summary>
    [SuppressMessage(
        "Design", "CA1054:URI parameters should not be strings",
        Justification = "The URL is signed as text, exactly as configured at the provider.")]
    public static string Sign(
        string url, IEnumerable<KeyValuePair<string, string>> parameters, string authToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(authToken);
        var text = SigningText(url, Sort(parameters));
#pragma warning disable CA5350 // Twilio defines its webhook signature as HMAC-SHA1.
        var digest = HMACSHA1.HashData(
            Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5350
        return Convert.ToBase64String(digest);
    }

    /// <summary>The exact text that is signed: the URL, then each name and value, sorted.</summary>
    internal static string SigningText(
        string url, IReadOnlyList<KeyValuePair<string, string>> sortedParameters)
    {
        var text = new StringBuilder(url);
        foreach (var (name, value) in sortedParameters)
        {
            text.Append(name).Append(value);
        }

        return text.ToString();
    }

    /// <summary>
    /// Orders parameters by name with an ordinal comparison (so <c>MessageSid</c> comes before
    /// <c>MessagingServiceSid</c>); repeated names keep their values in ordinal order too.
    /// </summary>
    internal static List<KeyValuePair<string, string>> Sort(
        IEnumerable<KeyValuePair<string, string>> parameters) =>
        [.. parameters
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)];

    /// <summary>
    /// The same URL with its default port removed when written explicitly, or added when
    /// absent; null for other schemes and for non-default ports.
    /// </summary>
    internal static string? AlternateUrl(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var defaultPort = schemeEnd < 0 ? null : url[..schemeEnd].ToUpperInvariant() switch
        {
            "HTTPS" => "443",
            "HTTP" => "80",
            _ => null,
        };
        if (defaultPort is null)
        {
            return null;
        }

        var hostStart = schemeEnd + 3;
        var hostEnd = url.IndexOfAny(['/', '?', '#'], hostStart);
        hostEnd = hostEnd < 0 ? url.Length : hostEnd;
        var authority = url.AsSpan(hostStart, hostEnd - hostStart);

        // A colon inside user info or an IPv6 literal is not a port separator.
        var colon = authority.LastIndexOf(':');
        var hasPort = colon > authority.LastIndexOf('@') && colon > authority.LastIndexOf(']');
        if (!hasPort)
        {
            return url.Insert(hostEnd, ":" + defaultPort);
        }

        return authority[(colon + 1)..].SequenceEqual(defaultPort)
            ? url.Remove(hostStart + colon, authority.Length - colon)
            : null;
    }

    [SuppressMessage(
        "Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "Twilio defines the webhook signature as HMAC-SHA1.")]
    private static bool Matches(
        byte[] key,
        string url,
        IReadOnlyList<KeyValuePair<string, string>> sortedParameters,
        ReadOnlySpan<byte> claimed)
    {
        var data = Encoding.UTF8.GetBytes(SigningText(url, sortedParameters));
        Span<byte> expected = stackalloc byte[DigestBytes];
        HMACSHA1.HashData(key, data, expected);
        return CryptographicOperations.FixedTimeEquals(expected, claimed);
    }
}
