namespace Ward.Assistant.Knowledge;

/// <summary>
/// One entry of a practice's knowledge base. The structured fields (hours, amount, carriers,
/// link) are facts the grounding check accepts in an answer; the answer text is what the patient
/// reads. An entry past its expiry date is no longer used.
/// </summary>
public sealed record KnowledgeEntry
{
    /// <summary>Stable id, cited with <see cref="Version"/> in every answer.</summary>
    public required string Id { get; init; }

    public required KnowledgeKind Kind { get; init; }

    /// <summary>The member of staff who keeps it current (an email address).</summary>
    public required string Owner { get; init; }

    /// <summary>Raised by the owner at every change; answers cite it.</summary>
    public required int Version { get; init; }

    /// <summary>The last day the entry may be used, if it has one.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>ISO 639-1 code of <see cref="Text"/>.</summary>
    public required string Language { get; init; }

    public required EntryText Text { get; init; }

    /// <summary>The same entry in other languages, by ISO 639-1 code.</summary>
    public IReadOnlyDictionary<string, EntryText> Translations { get; init; } =
        new Dictionary<string, EntryText>();

    public string? Clinician { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<OpeningHours> Hours { get; init; } = [];

    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 code of <see cref="Amount"/>.</summary>
    public string? Currency { get; init; }

    public IReadOnlyList<string> Carriers { get; init; } = [];

    public Uri? Link { get; init; }

    /// <summary>True when the entry may be used on <paramref name="today"/>.</summary>
    public bool IsActive(DateOnly today) => ExpiresOn is not { } last || today <= last;

    /// <summary>The text in <paramref name="language"/>, else the entry's own.</summary>
    public EntryText TextIn(string language) =>
        Translations.TryGetValue(language, out var text) ? text : Text;

    /// <summary>True when the entry has words in <paramref name="language"/>.</summary>
    public bool Speaks(string language) => Language == language || Translations.ContainsKey(language);
}
