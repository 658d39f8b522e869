namespace Ward.Channels.WhatsApp;

/// <summary>Everything one WhatsApp webhook POST carried, across all entries and changes.</summary>
/// <param name="Messages">Inbound patient messages, in payload order.</param>
/// <param name="Statuses">Status updates for messages Ward sent, in payload order.</param>
public sealed record WhatsAppNotification(
    IReadOnlyList<WhatsAppInbound> Messages,
    IReadOnlyList<WhatsAppStatusUpdate> Statuses);
