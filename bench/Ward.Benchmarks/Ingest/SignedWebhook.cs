namespace Ward.Benchmarks.Ingest;

/// <summary>A WhatsApp webhook body, its signature header and who it comes from.</summary>
internal sealed record SignedWebhook(byte[] Body, string Signature, string WaId, bool Emergency);
