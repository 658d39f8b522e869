using System.Globalization;
using System.Security.Cryptography;
using Ward.Practices;

namespace Ward.Portal;

/// <summary>
/// Random codes, handles and tokens of the portal, and the keyed hashes stored in their place.
/// The code's hash is keyed with the practice's index key and bound to its challenge, so a
/// stolen table of hashes cannot be searched for six-digit codes without that key.
/// </summary>
internal static class PortalSecrets
{
    private const string CodeDomain = "portal-code";
    private const string SourceDomain = "portal-source";

    public static string NewCode() => RandomNumberGenerator
        .GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>128 random bits as hex: a challenge handle.</summary>
    public static string NewHandle() =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>256 random bits, URL-safe: a session token.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string CodeHash(PracticeContext practice, string challengeId, string code) =>
        practice.Keys.Index.Compute(CodeDomain, challengeId + ":" + code);

    public static string SourceIndex(PracticeContext practice, string? source) =>
        practice.Keys.Index.Compute(SourceDomain, source ?? "unknown");

    /// <summary>The stored form of a session token: an unkeyed hash suffices, as the token
    /// holds 256 random bits.</summary>
    public static string TokenHash(string token) => Convert.ToHexStringLower(
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    public static bool SameHash(string a, string b) => CryptographicOperations.FixedTimeEquals(
        System.Text.Encoding.ASCII.GetBytes(a), System.Text.Encoding.ASCII.GetBytes(b));
}
