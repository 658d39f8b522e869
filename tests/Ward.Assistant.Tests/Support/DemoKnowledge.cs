using Ward.Assistant.Knowledge;

namespace Ward.Assistant.Tests.Support;

/// <summary>The demo practice's knowledge base as it ships, read once per test run.</summary>
internal static class DemoKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeReader.Read(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DevSet", "demo-knowledge.yaml"))));

    private static readonly Lazy<AssistantEngine> SharedEngine = new(() => new(Loaded.Value));

    public static KnowledgeBase Base => Loaded.Value;

    public static AssistantEngine Engine => SharedEngine.Value;

    public static DateOnly Today { get; } = new(2026, 12, 4);
}
