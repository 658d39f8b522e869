namespace Ward.Assistant.Knowledge;

/// <summary>How a <see cref="KnowledgeKind"/> is written in a file: "on-call", "faq".</summary>
public static class KindNames
{
    public static string ToWire(this KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.OnCall => "on-call",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string ToWire(string name) =>
        Enum.TryParse<KnowledgeKind>(name, out var kind) ? kind.ToWire() : name;
}
