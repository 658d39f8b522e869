using System.Globalization;

namespace Ward.Compliance.AuditPack;

/// <summary>Refuses contents that cannot make a sound pack: a reversed range, events of
/// another practice or outside the range or out of order, unusable document names.</summary>
internal static class AuditPackContentsCheck
{
    public static void Check(AuditPackContents contents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contents.PracticeId);
        ArgumentNullException.ThrowIfNull(contents.PracticeName);
        ArgumentNullException.ThrowIfNull(contents.Anchor);
        ArgumentNullException.ThrowIfNull(contents.Head);
        ArgumentNullException.ThrowIfNull(contents.Events);
        ArgumentNullException.ThrowIfNull(contents.Documents);
        if (contents.From > contents.To)
        {
            throw new AuditPackException("The range ends before it starts");
        }

        CheckEvents(contents);
        CheckDocuments(contents.Documents);
    }

    private static void CheckEvents(AuditPackContents contents)
    {
        long? previous = null;
        foreach (var entry in contents.Events)
        {
            var at = Sequence(entry.Sequence);
            if (!string.Equals(entry.PracticeId, contents.PracticeId, StringComparison.Ordinal))
            {
                throw new AuditPackException($"Event {at} belongs to another practice");
            }

            if (!PackRange.Contains(contents.From, contents.To, entry.OccurredAtMs))
            {
                throw new AuditPackException($"Event {at} lies outside the pack's range");
            }

            if (entry.Sequence <= previous)
            {
                throw new AuditPackException($"Event {at} is out of sequence order");
            }

            previous = entry.Sequence;
        }
    }

    private static void CheckDocuments(IReadOnlyDictionary<string, byte[]> documents)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, bytes) in documents)
        {
            if (!AuditPackFiles.IsPlainFileName(name))
            {
                throw new AuditPackException(
                    "A document name is not a plain file name (no folders, no '..')");
            }

            if (AuditPackFiles.IsReserved(name))
            {
                throw new AuditPackException($"The document name {name} is one of the pack's own");
            }

            if (!seen.Add(name))
            {
                throw new AuditPackException($"Two documents are named {name} (letter case aside)");
            }

            ArgumentNullException.ThrowIfNull(bytes);
        }
    }

    private static string Sequence(long sequence) =>
        sequence.ToString(CultureInfo.InvariantCulture);
}
