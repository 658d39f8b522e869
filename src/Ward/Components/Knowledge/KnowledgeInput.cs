namespace Ward.Components.Knowledge;

/// <summary>The entry form as posted; the knowledge-base reader judges it.</summary>
internal sealed class KnowledgeInput
{
    public string? EntryId { get; set; }

    public string? EditedVersion { get; set; }

    public string? Title { get; set; }

    public string? Answer { get; set; }

    public string? Keywords { get; set; }

    public string? Expires { get; set; }

    public string? Translations { get; set; }
}
