namespace Ward.Knowledge;

/// <summary>What a member of staff changes in one entry (or writes for a new one).</summary>
/// <param name="EntryId">The entry's id (new entries: the id chosen).</param>
/// <param name="EditedVersion">The version the form showed; null for a new entry.</param>
/// <param name="Title">The title (for a new entry, the question).</param>
/// <param name="Answer">The answer.</param>
/// <param name="Keywords">Comma-separated keywords.</param>
/// <param name="Expires">yyyy-MM-dd, or empty for no expiry.</param>
/// <param name="Translations">The translations in the file's shape, as JSON; empty for
/// none.</param>
internal sealed record KnowledgeEdit(string EntryId, int? EditedVersion, string Title,
    string Answer, string Keywords, string Expires, string Translations);
