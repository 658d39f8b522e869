namespace Ward.Demo;

/// <summary>One request Ward sent to the demo sandbox.</summary>
internal sealed record SandboxRequest(
    long Number, string Provider, string Path, string Body, DateTimeOffset At);
