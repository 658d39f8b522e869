namespace Ward.Compliance.AuditPack;

/// <summary>The names of the pack's own files and the rule for names of added
/// documents.</summary>
internal static class AuditPackFiles
{
    public const string Format = "ward-audit-pack/1";
    public const string Manifest = "manifest.json";
    public const string Events = "audit-events.jsonl";
    public const string FhirEvents = "audit-events.fhir.ndjson";
    public const string Readme = "README.txt";

    private static readonly string[] Reserved = [Manifest, Events, FhirEvents, Readme];

    /// <summary>True for a name the pack uses itself, in any letter case, since some file
    /// systems treat names that differ only in case as the same file.</summary>
    public static bool IsReserved(string name) =>
        Reserved.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a plain file name: no folder part, no relative step, no character
    /// that some file system refuses.</summary>
    public static bool IsPlainFileName(string name) =>
        !string.IsNullOrWhiteSpace(name)
        && name is not "." and not ".."
        && name.Trim() == name
        && name.IndexOfAny(['/', '\\', ':']) < 0
        && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
        && !name.Any(char.IsControl);
}
