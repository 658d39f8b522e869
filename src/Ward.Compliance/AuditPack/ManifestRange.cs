namespace Ward.Compliance.AuditPack;

/// <summary>The pack's date range, UTC, both days inclusive.</summary>
internal sealed record ManifestRange(DateOnly From, DateOnly To);
