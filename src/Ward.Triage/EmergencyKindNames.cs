namespace Ward.Triage;

/// <summary>Converts <see cref="EmergencyKind"/> to and from its snake_case wire name.</summary>
public static class EmergencyKindNames
{
    private static readonly string[] Names =
    [
        "chest_pain", "breathing", "bleeding", "suicide_self_harm", "infant_fever",
        "stroke", "anaphylaxis", "head_injury", "abdominal", "poisoning", "seizure",
    ];

    /// <summary>Returns the wire name, for example <c>suicide_self_harm</c>.</summary>
    public static string ToWireName(this EmergencyKind kind)
    {
        var index = (int)kind;
        if (index < 0 || index >= Names.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        return Names[index];
    }

    /// <summary>Parses a wire name (case-sensitive, as sent on the wire).</summary>
    public static bool TryParse(string wireName, out EmergencyKind kind)
    {
        var index = Array.IndexOf(Names, wireName);
        kind = index < 0 ? default : (EmergencyKind)index;
        return index >= 0;
    }
}
