namespace Ward.Channels.WhatsApp;

/// <summary>An approved message template to send: its exact name, the locale of an approved
/// translation (for example <c>en_US</c>) and the body parameters for its <c>{{1}}…{{n}}</c>
/// placeholders, in order.</summary>
public sealed record WhatsAppTemplateMessage(
    string Name, string Language, IReadOnlyList<string> BodyParameters);
