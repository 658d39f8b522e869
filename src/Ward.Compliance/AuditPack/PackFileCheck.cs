using System.Security.Cryptography;

namespace Ward.Compliance.AuditPack;

/// <summary>Checks that every file the manifest lists is present with its size and SHA-256,
/// that the pack's own files are listed, and that nothing unlisted sits in the folder.</summary>
internal static class PackFileCheck
{
    private static readonly string[] Required =
        [AuditPackFiles.Events, AuditPackFiles.FhirEvents, AuditPackFiles.Readme];

    public static void Check(string folder, AuditPackManifest manifest, List<string> problems)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            if (!AuditPackFiles.IsPlainFileName(file.Name) || file.Name == AuditPackFiles.Manifest)
            {
                problems.Add($"{AuditPackFiles.Manifest} lists a name that is not a pack file");
            }
            else if (!listed.Add(file.Name))
            {
                problems.Add($"{AuditPackFiles.Manifest} lists {file.Name} twice");
            }
            else
            {
                CheckFile(folder, file, problems);
            }
        }

        foreach (var name in Required.Where(r => !listed.Contains(r)))
        {
            problems.Add($"{AuditPackFiles.Manifest} does not list {name}");
        }

        CheckUnlisted(folder, listed, problems);
    }

    private static void CheckFile(string folder, ManifestFile file, List<string> problems)
    {
        var path = Path.Combine(folder, file.Name);
        if (!File.Exists(path))
        {
            problems.Add($"{file.Name} is listed in the manifest but missing (file removed)");
            return;
        }

        using var stream = File.OpenRead(path);
        if (stream.Length != file.Size)
        {
            problems.Add($"{file.Name} has been changed: its size differs from the manifest");
            return;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (!string.Equals(hash, file.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{file.Name} has been changed: its SHA-256 differs from the manifest");
        }
    }

    private static void CheckUnlisted(string folder, HashSet<string> listed, List<string> problems)
    {
        var entries = Directory.EnumerateFileSystemEntries(folder)
            .Select(e => (Path: e, Name: Path.GetFileName(e)))
            .OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var (path, name) in entries)
        {
            if (Directory.Exists(path))
            {
                problems.Add($"{name} is a folder inside the pack; a pack holds only files");
            }
            else if (name != AuditPackFiles.Manifest && !listed.Contains(name))
            {
                problems.Add(
                    $"{name} is in the folder but not listed in the manifest (file added)");
            }
        }
    }
}
