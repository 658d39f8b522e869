namespace Ward.Channels.Tests.Support;

/// <summary>One request as a <see cref="LoopbackServer"/> received it off the socket.</summary>
internal sealed record LoopbackRequest(
    string Method,
    string PathAndQuery,
    long ContentLength,
    string? Authorization,
    string? ContentType,
    string Body);
