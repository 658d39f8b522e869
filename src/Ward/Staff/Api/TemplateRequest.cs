namespace Ward.Staff.Api;

/// <summary>Which approved WhatsApp template to send.</summary>
public sealed record TemplateRequest(string? Template);
