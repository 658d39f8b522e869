namespace Ward.Assistant.Knowledge;

/// <summary>The words of an entry in one language.</summary>
/// <param name="Title">A short title staff recognise.</param>
/// <param name="Answer">The text sent to a patient, as the practice wrote it.</param>
/// <param name="Keywords">Extra words patients use for it, for retrieval.</param>
public sealed record EntryText(string Title, string Answer, IReadOnlyList<string> Keywords);
