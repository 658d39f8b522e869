using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ward.Security.Audit;

namespace Ward.Compliance.AuditPack;

/// <summary>
/// Writes an audit pack: the events as JSON lines and as FHIR R4 AuditEvents, the documents
/// handed in, a README and a signed manifest listing every file with its SHA-256 and size. The
/// pack is written into a temporary sibling folder and renamed into place at the end, so the
/// output folder either holds a whole pack or stays as it was. Events are written as the
/// database holds them: a broken chain is not refused here but shown by the verifier, since an
/// inspector must see it.
/// </summary>
public static class AuditPackWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Writes <paramref name="contents"/> as a pack into <paramref name="directory"/>,
    /// which must not exist or be empty, signed with <paramref name="signingKey"/> (ECDSA
    /// P-256).</summary>
    /// <exception cref="AuditPackException">The folder is not empty, the key is not P-256,
    /// or the contents do not fit a pack.</exception>
    public static async Task WriteAsync(AuditPackContents contents, ECDsa signingKey,
        string directory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        CheckTarget(target);
        CheckKey(signingKey);
        AuditPackContentsCheck.Check(contents);

        var temporary = TemporarySibling(target);
        Directory.CreateDirectory(temporary);
        try
        {
            await WriteFilesAsync(contents, signingKey, temporary, ct);
            Publish(temporary, target);
        }
        catch
        {
            // Never leave a half pack behind, whatever stopped the writing.
            Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    private static void CheckTarget(string target)
    {
        if (File.Exists(target))
        {
            throw new AuditPackException(
                $"{target} is a file; the pack is written only into a new or empty folder");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new AuditPackException(
                $"{target} is not empty; the pack is written only into a new or empty folder");
        }
    }

    private static void CheckKey(ECDsa signingKey)
    {
        if (!ManifestSignature.IsP256(signingKey))
        {
            throw new AuditPackException("The signing key is not an ECDSA P-256 key");
        }
    }

    private static string TemporarySibling(string target)
    {
        var parent = Path.GetDirectoryName(target)
            ?? throw new AuditPackException($"{target} has no parent folder to write beside");
        Directory.CreateDirectory(parent);
        return Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Guid.NewGuid():N}");
    }

    private static async Task WriteFilesAsync(AuditPackContents contents, ECDsa signingKey,
        string folder, CancellationToken ct)
    {
        var publicKey = signingKey.ExportSubjectPublicKeyInfo();
        var key = new ManifestKey(ManifestSignature.Algorithm,
            ManifestSignature.KeyIdOf(publicKey), Convert.ToBase64String(publicKey));

        var names = await WriteContentFilesAsync(contents, key.KeyId, folder, ct);

        var files = new List<ManifestFile>();
        foreach (var name in names)
        {
            files.Add(await DescribeAsync(folder, name, ct));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(ManifestFor(contents, files, key),
            AuditPackJson.Options);
        await WriteBytesAsync(Path.Combine(folder, AuditPackFiles.Manifest),
            ManifestSignature.Seal(body, signingKey), ct);
    }

    /// <summary>Writes every file but the manifest and returns their names in the order the
    /// manifest lists them.</summary>
    private static async Task<List<string>> WriteContentFilesAsync(AuditPackContents contents,
        string keyId, string folder, CancellationToken ct)
    {
        await WriteLinesAsync(Path.Combine(folder, AuditPackFiles.Events), contents.Events,
            e => JsonSerializer.SerializeToUtf8Bytes(e, AuditPackJson.Options), ct);
        await WriteLinesAsync(Path.Combine(folder, AuditPackFiles.FhirEvents), contents.Events,
            e => JsonSerializer.SerializeToUtf8Bytes(AuditEventMapping.ToFhir(e),
                AuditPackJson.Fhir), ct);
        var names = new List<string> { AuditPackFiles.Events, AuditPackFiles.FhirEvents };

        var documents = contents.Documents.OrderBy(d => d.Key, StringComparer.Ordinal);
        foreach (var (name, bytes) in documents)
        {
            await WriteBytesAsync(Path.Combine(folder, name), bytes, ct);
            names.Add(name);
        }

        var readme = Encoding.UTF8.GetBytes(AuditPackReadme.For(contents, keyId));
        await WriteBytesAsync(Path.Combine(folder, AuditPackFiles.Readme), readme, ct);
        names.Add(AuditPackFiles.Readme);
        return names;
    }

    private static AuditPackManifest ManifestFor(AuditPackContents contents,
        IReadOnlyList<ManifestFile> files, ManifestKey key)
    {
        var events = contents.Events;
        var first = events.Count == 0 ? (long?)null : events[0].Sequence;
        var last = events.Count == 0 ? (long?)null : events[^1].Sequence;
        return new AuditPackManifest(
            AuditPackFiles.Format,
            contents.PracticeId,
            contents.PracticeName,
            new ManifestRange(contents.From, contents.To),
            contents.CreatedAt.ToUniversalTime(),
            new ManifestEvents(events.Count, first, last),
            files,
            new ManifestAnchor(contents.PracticeId, contents.Anchor.Sequence,
                contents.Anchor.Hash),
            contents.Head,
            key);
    }

    private static async Task WriteLinesAsync(string path, IEnumerable<AuditEntry> events,
        Func<AuditEntry, byte[]> line, CancellationToken ct)
    {
        await using var stream = Create(path);
        foreach (var entry in events)
        {
            await stream.WriteAsync(line(entry), ct);
            await stream.WriteAsync(NewLine, ct);
        }

        await stream.FlushAsync(ct);
        stream.Flush(flushToDisk: true);
    }

    private static async Task WriteBytesAsync(string path, byte[] bytes, CancellationToken ct)
    {
        await using var stream = Create(path);
        await stream.WriteAsync(bytes, ct);
        await stream.FlushAsync(ct);
        stream.Flush(flushToDisk: true);
    }

    private static FileStream Create(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);

    private static async Task<ManifestFile> DescribeAsync(string folder, string name,
        CancellationToken ct)
    {
        await using var stream = File.OpenRead(Path.Combine(folder, name));
        var hash = await SHA256.HashDataAsync(stream, ct);
        return new ManifestFile(name, Convert.ToHexStringLower(hash), stream.Length);
    }

    private static void Publish(string temporary, string target)
    {
        if (Directory.Exists(target))
        {
            // Checked empty before writing; Delete refuses if anything arrived since.
            Directory.Delete(target, recursive: false);
        }

        Directory.Move(temporary, target);
    }
}
