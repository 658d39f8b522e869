namespace Ward.Compliance.AuditPack;

/// <summary>
/// Verifies an audit pack offline, with no database and no key: the manifest and its
/// signature, every file's size and SHA-256, that nothing was added or removed, the hash chain
/// of the events from the manifest's anchor, the range and practice of every event, the FHIR
/// file against the events, and the chain head. Problems are reported in that order; the first
/// one is what a person must read. See <see cref="ManifestSignature"/> for the signing scheme.
/// </summary>
public static class AuditPackVerifier
{
    /// <summary>Verifies the pack in <paramref name="directory"/>.</summary>
    public static AuditPackReport Verify(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            return Failed($"{directory} does not exist or is not a folder");
        }

        if (!File.Exists(Path.Combine(directory, AuditPackFiles.Manifest)))
        {
            return Failed(
                $"{directory} is not an audit pack: {AuditPackFiles.Manifest} is missing");
        }

        try
        {
            return VerifyPack(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed($"{directory} could not be read to the end ({e.GetType().Name})");
        }
    }

    private static AuditPackReport VerifyPack(string folder)
    {
        var problems = new List<string>();
        var reading = ManifestReader.Read(folder, problems);
        if (reading is null)
        {
            return new AuditPackReport(false, null, null, null, null, 0, null, null, problems);
        }

        var manifest = reading.Manifest;
        PackFileCheck.Check(folder, manifest, problems);
        var walk = PackEventWalk.Run(folder, manifest);
        problems.AddRange(walk.Problems);
        if (walk.ChainIntact && HeadProblem(manifest, walk) is { } head)
        {
            problems.Add(head);
        }

        return new AuditPackReport(problems.Count == 0, reading.KeyId, manifest.PracticeId,
            manifest.Range.From, manifest.Range.To, walk.Count, walk.First, walk.Last, problems);
    }

    /// <summary>The head may lie after the range; when it is the pack's last event (or the
    /// anchor, for a pack without events) the two must agree.</summary>
    private static string? HeadProblem(AuditPackManifest manifest, EventWalkResult walk)
    {
        var lastSequence = walk.Last ?? manifest.Anchor.Sequence;
        var lastHash = walk.LastHash ?? manifest.Anchor.Hash;
        if (manifest.Head.Sequence < lastSequence)
        {
            return $"{AuditPackFiles.Manifest}: the chain head lies before event {lastSequence}";
        }

        var agrees = manifest.Head.Sequence > lastSequence
            || string.Equals(manifest.Head.Hash, lastHash, StringComparison.Ordinal);
        return agrees
            ? null
            : $"event {lastSequence}: its hash differs from the chain head in the manifest";
    }

    private static AuditPackReport Failed(string problem) =>
        new(false, null, null, null, null, 0, null, null, [problem]);
}
