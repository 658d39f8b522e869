using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ward.Benchmarks.Ingest;

/// <summary>
/// A loopback stand-in for the WhatsApp Graph API, Twilio and PagerDuty that answers like the
/// real services and records when each WhatsApp reply arrived, by recipient.
/// </summary>
internal sealed class ProviderStandIn : IAsyncDisposable
{
    private const StringComparison Ordinal = StringComparison.Ordinal;
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, long> _arrivals = new(StringComparer.Ordinal);
    private long _whatsApp;
    private long _sms;
    private long _pages;
    private long _unexpected;
    private long _lastWhatsApp;

    private ProviderStandIn(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public long WhatsAppCount => Interlocked.Read(ref _whatsApp);

    public long SmsCount => Interlocked.Read(ref _sms);

    public long PageCount => Interlocked.Read(ref _pages);

    public long UnexpectedCount => Interlocked.Read(ref _unexpected);

    /// <summary>Stopwatch timestamp of the latest WhatsApp reply.</summary>
    public long LastWhatsAppTimestamp => Interlocked.Read(ref _lastWhatsApp);

    public static async Task<ProviderStandIn> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var standIn = new ProviderStandIn(builder.Build());
        await standIn._app.StartAsync(cancellationToken);
        standIn.BaseUrl = new Uri(standIn._app.Urls.First());
        return standIn;
    }

    /// <summary>When the first WhatsApp reply to <paramref name="waId"/> arrived.</summary>
    public bool TryGetArrival(string waId, out long timestamp) =>
        _arrivals.TryGetValue(waId, out timestamp);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return UnexpectedAsync(context);
        }

        return path switch
        {
            _ when path.EndsWith("/messages", Ordinal) => WhatsAppAsync(context),
            _ when path.EndsWith("/Messages.json", Ordinal) => TwilioAsync(context),
            _ when path.EndsWith("/enqueue", Ordinal) => PagerDutyAsync(context),
            _ => UnexpectedAsync(context),
        };
    }

    private async Task WhatsAppAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var body = await JsonDocument.ParseAsync(
            context.Request.Body, cancellationToken: context.RequestAborted);
        var to = body.RootElement.GetProperty("to").GetString() ?? "";
        _arrivals.TryAdd(to.TrimStart('+'), arrived);
        Interlocked.Exchange(ref _lastWhatsApp, arrived);
        var id = Interlocked.Increment(ref _whatsApp);

        await RespondAsync(context, StatusCodes.Status200OK,
            $$"""{"messaging_product":"whatsapp","messages":[{"id":"wamid.X{{id}}"}]}""");
    }

    private Task TwilioAsync(HttpContext context)
    {
        var id = Interlocked.Increment(ref _sms);
        return RespondAsync(context, StatusCodes.Status201Created,
            $$"""{"sid":"SM{{id:x32}}","status":"queued"}""");
    }

    private async Task PagerDutyAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(
            context.Request.Body, cancellationToken: context.RequestAborted);
        var key = body.RootElement.TryGetProperty("dedup_key", out var value)
            ? value.GetString() ?? "" : "";
        Interlocked.Increment(ref _pages);

        var answer = new Dictionary<string, string>
        {
            ["status"] = "success",
            ["message"] = "Event processed",
            ["dedup_key"] = key,
        };
        await RespondAsync(
            context, StatusCodes.Status202Accepted, JsonSerializer.Serialize(answer));
    }

    private Task UnexpectedAsync(HttpContext context)
    {
        Interlocked.Increment(ref _unexpected);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static Task RespondAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }
}
