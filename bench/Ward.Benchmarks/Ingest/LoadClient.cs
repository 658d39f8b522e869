using System.Diagnostics;
using System.Net.Http.Headers;

namespace Ward.Benchmarks.Ingest;

/// <summary>Posts signed webhooks to the server over a pool of up to 64 connections.</summary>
internal sealed class LoadClient : IDisposable
{
    public const int Connections = 64;

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient _client;
    private readonly Uri _webhookUrl;

    public LoadClient(Uri serverBaseUrl)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Connections,
            UseProxy = false,
            UseCookies = false,
        };
        _client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        _webhookUrl = new Uri(serverBaseUrl, "/webhooks/whatsapp");
    }

    public async Task<AckResult> SendAsync(SignedWebhook webhook, CancellationToken token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _webhookUrl)
        {
            Content = new ByteArrayContent(webhook.Body) { Headers = { ContentType = Json } },
        };
        request.Headers.Add("X-Hub-Signature-256", webhook.Signature);

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _client.SendAsync(request, token);
            return new AckResult((int)response.StatusCode, started, Stopwatch.GetTimestamp());
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // Counted as a failed acknowledgement; the run goes on.
            return new AckResult(0, started, Stopwatch.GetTimestamp());
        }
    }

    public void Dispose() => _client.Dispose();
}
