namespace Ward.Keys;

/// <summary>What a rotation did: the master key now in use, how many stored keys were
/// re-wrapped, and each practice's new data key version (when data keys were rotated).</summary>
internal sealed record KeyRotationOutcome(
    string MasterKeyId, int Rewrapped, IReadOnlyDictionary<string, int> DataKeyVersions);
