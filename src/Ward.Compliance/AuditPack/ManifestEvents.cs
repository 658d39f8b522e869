namespace Ward.Compliance.AuditPack;

/// <summary>How many events the pack holds and which sequences, so that events cut from the
/// end of the event file are noticed even when the chain that remains is intact.</summary>
internal sealed record ManifestEvents(long Count, long? FirstSequence, long? LastSequence);
