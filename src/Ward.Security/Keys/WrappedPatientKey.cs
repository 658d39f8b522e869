namespace Ward.Security.Keys;

/// <summary>
/// A patient's own data key as stored: wrapped by the field key of
/// <paramref name="PracticeKeyVersion"/> of the practice. Destroying every copy of it erases the
/// patient's sealed fields (GDPR Art. 17) without touching other rows.
/// </summary>
/// <param name="PracticeKeyVersion">The practice key version whose field key wrapped it.</param>
/// <param name="Wrapped">The wrapped key (layout 1 of a sealed value).</param>
public sealed record WrappedPatientKey(int PracticeKeyVersion, byte[] Wrapped);
