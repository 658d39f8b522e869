using Microsoft.Extensions.Logging;

namespace Ward.Channels.Tests.Support;

/// <summary>Keeps every log line, with its structured values, so tests can search them.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public List<string> Lines { get; } = [];

    public List<EventId> Events { get; } = [];

    public string AllText => string.Join('\n', Lines);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        Events.Add(eventId);
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}"))
            : string.Empty;
        Lines.Add($"{logLevel} {eventId.Id} {formatter(state, exception)} {values} {exception}");
    }
}
