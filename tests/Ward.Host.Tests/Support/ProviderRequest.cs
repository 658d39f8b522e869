namespace Ward.Host.Tests.Support;

/// <summary>One request the provider stand-in received.</summary>
internal sealed record ProviderRequest(
    string Kind, string Path, string Body, IReadOnlyDictionary<string, string> Headers,
    DateTimeOffset At);
