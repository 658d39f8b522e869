using System.Security.Cryptography;
using System.Text;

namespace Ward.Webhooks;

/// <summary>Comparisons of secrets that take the same time wherever the first difference
/// is.</summary>
internal static class ConstantTime
{
    public static bool TextEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
