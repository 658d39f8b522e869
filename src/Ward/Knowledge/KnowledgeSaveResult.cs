namespace Ward.Knowledge;

/// <summary>What came of saving an entry: the problems by field (file paths as the reader
/// names them, "entries[0]." removed), or the version now stored.</summary>
internal sealed record KnowledgeSaveResult(IReadOnlyList<string> Problems, int? Version)
{
    public bool Saved => Problems.Count == 0;
}
