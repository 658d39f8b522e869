using System.Collections.Frozen;
using System.Text;

namespace Ward.Paging;

/// <summary>
/// Readable names for emergency kinds on a page. Known wire names (those of the triage module)
/// get a phrase a clinician reads at a glance; unknown ones have their underscores turned into
/// spaces. Anything that is not a plain wire name reads "emergency", so free text (which could
/// hold PHI) can never ride along on a page.
/// </summary>
internal static class EmergencyKindText
{
    public const string Fallback = "emergency";

    private const int MaxWireNameLength = 40;

    private static readonly FrozenDictionary<string, string> Known =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["chest_pain"] = "chest pain",
            ["breathing"] = "trouble breathing",
            ["bleeding"] = "bleeding",
            ["suicide_self_harm"] = "suicide or self-harm",
            ["infant_fever"] = "fever in an infant",
            ["stroke"] = "possible stroke",
            ["anaphylaxis"] = "anaphylaxis",
            ["head_injury"] = "head injury",
            ["abdominal"] = "abdominal pain",
            ["poisoning"] = "poisoning or ingestion",
            ["seizure"] = "seizure",
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Name(string? wireName)
    {
        if (string.IsNullOrEmpty(wireName) || wireName.Length > MaxWireNameLength)
        {
            return Fallback;
        }

        return Known.TryGetValue(wireName, out var known) ? known : Spell(wireName);
    }

    private static string Spell(string wireName)
    {
        var name = new StringBuilder(wireName.Length);
        foreach (var c in wireName)
        {
            if (c is '_' or '-')
            {
                name.Append(' ');
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(char.ToLowerInvariant(c));
            }
            else
            {
                return Fallback;
            }
        }

        return name.ToString().Trim() is { Length: > 0 } trimmed ? trimmed : Fallback;
    }
}
