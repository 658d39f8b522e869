using System.Security.Cryptography;

namespace Ward.Security.Audit;

/// <summary>The checkpoints of every chain, by practice and in sequence order, and the keys
/// trusted to have signed them.</summary>
internal sealed class CheckpointLedger
{
    private readonly Dictionary<string, AuditCheckpoint[]> _byPractice;
    private readonly IReadOnlyDictionary<string, ECDsa> _trustedKeys;

    public CheckpointLedger(
        IEnumerable<AuditCheckpoint> checkpoints, IReadOnlyDictionary<string, ECDsa> trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(trustedKeys);
        _byPractice = checkpoints
            .GroupBy(c => c.PracticeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Sequence).ToArray(),
                StringComparer.Ordinal);
        _trustedKeys = trustedKeys;
    }

    public IEnumerable<string> Practices => _byPractice.Keys;

    public AuditCheckpoint[] Of(string practiceId) =>
        _byPractice.TryGetValue(practiceId, out var checkpoints) ? checkpoints : [];

    public AuditCheckpoint? Newest(string practiceId) =>
        Of(practiceId) is [.., var newest] ? newest : null;

    /// <summary>The first checkpoint of the practice that no trusted key signed, as a
    /// break.</summary>
    public AuditBreak? CheckSignatures(string practiceId)
    {
        foreach (var checkpoint in Of(practiceId))
        {
            var signed = _trustedKeys.TryGetValue(checkpoint.KeyId, out var key)
                && AuditCheckpointSigner.IsValid(checkpoint, key);
            if (!signed)
            {
                return new AuditBreak(practiceId, checkpoint.Sequence,
                    $"checkpoint at {checkpoint.Sequence} is not signed by a Ward key");
            }
        }

        return null;
    }
}
