namespace Ward.Staff.Api;

/// <summary>A reply or a note: the text to send or keep.</summary>
public sealed record TextRequest(string? Text);
