using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ward.Host.Tests.Support;

/// <summary>
/// A loopback stand-in for the WhatsApp Graph API, Twilio and PagerDuty that answers the way
/// they document and records every request. It can be told to fail the next requests.
/// </summary>
internal sealed class ProviderStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<ProviderRequest> _requests = new();
    private WebApplication? _app;
    private int _failuresLeft;
    private int _failureStatus;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<ProviderRequest> Requests => [.. _requests];

    public static async Task<ProviderStandIn> StartAsync()
    {
        var standIn = new ProviderStandIn();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        standIn._app = builder.Build();
        standIn._app.MapPost("/{**path}", (Delegate)standIn.HandleAsync);
        await standIn._app.StartAsync();
        var address = standIn._app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = new Uri(address + "/");
        return standIn;
    }

    /// <summary>The next <paramref name="count"/> requests get <paramref name="status"/>.</summary>
    public void FailNext(int count, int status)
    {
        _failureStatus = status;
        Interlocked.Exchange(ref _failuresLeft, count);
    }

    public async Task<IReadOnlyList<ProviderRequest>> WaitForAsync(
        Func<ProviderRequest, bool> match, int count = 1, double seconds = 5)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (DateTimeOffset.UtcNow < until && Requests.Count(match) < count)
        {
            await Task.Delay(25);
        }

        return [.. Requests.Where(match)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = http.Request.Path.Value ?? "";
        var kind = path.EndsWith("/messages", StringComparison.Ordinal) ? "whatsapp"
            : path.EndsWith("/Messages.json", StringComparison.Ordinal) ? "sms"
            : path.EndsWith("/enqueue", StringComparison.Ordinal) ? "pagerduty" : "unknown";
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new ProviderRequest(kind, path, body, headers, DateTimeOffset.UtcNow));

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            return Results.Json(new { error = new { message = "stand-in failure", code = 1 } },
                statusCode: _failureStatus);
        }

        return kind switch
        {
            "whatsapp" => Results.Json(new
            {
                messaging_product = "whatsapp",
                messages = new[] { new { id = "wamid.standin" + _requests.Count } },
            }),
            "sms" => Results.Json(new { sid = $"SM{_requests.Count:D32}", status = "queued" },
                statusCode: 201),
            "pagerduty" => Results.Json(new
            {
                status = "success", message = "Event processed",
                dedup_key = JsonDocument.Parse(body).RootElement.GetProperty("dedup_key").GetString(),
            }, statusCode: 202),
            _ => Results.NotFound(),
        };
    }
}
