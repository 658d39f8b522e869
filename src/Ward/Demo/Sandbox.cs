using System.Collections.Concurrent;

namespace Ward.Demo;

/// <summary>
/// The demo's stand-in for the provider APIs: in demo mode Ward's WhatsApp, Twilio and PagerDuty
/// base URLs point here, on the same loopback server, so a newcomer sees exactly what Ward would
/// have sent without any account. It exists only in demo mode and keeps the last 200 requests.
/// </summary>
internal sealed class Sandbox
{
    private const int Keep = 200;
    private readonly ConcurrentQueue<SandboxRequest> _sent = new();
    private long _next;

    public IReadOnlyList<SandboxRequest> Since(long after) =>
        [.. _sent.Where(r => r.Number > after)];

    public SandboxRequest Record(string provider, string path, string body)
    {
        var request = new SandboxRequest(Interlocked.Increment(ref _next), provider, path, body,
            DateTimeOffset.UtcNow);
        _sent.Enqueue(request);
        while (_sent.Count > Keep && _sent.TryDequeue(out _))
        {
        }

        return request;
    }
}
