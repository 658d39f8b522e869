namespace Ward.Channels.WhatsApp;

/// <summary>One <c>contacts[]</c> item of a webhook: a WhatsApp id and profile name.</summary>
internal sealed record WhatsAppContact(string WaId, string? ProfileName);
