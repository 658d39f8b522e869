using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ward.Host.Tests.Support;

/// <summary>
/// A loopback stand-in for an OpenAI-compatible endpoint: <c>POST {base}/v1/chat/completions</c>
/// answered with a chat completion whose <c>choices[0].message.content</c> is the scripted
/// answer, optionally after a delay. Records every request body.
/// </summary>
internal sealed class ModelStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();
    private WebApplication? _app;

    /// <summary>What the model answers.</summary>
    public string Answer { get; set; } = "";

    /// <summary>How long the model takes to answer.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>The endpoint to configure (<c>Ward:Assistant:Model:Endpoint</c>).</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/v1");

    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<ModelStandIn> StartAsync()
    {
        var standIn = new ModelStandIn();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        standIn._app = builder.Build();
        standIn._app.MapPost("/v1/chat/completions", (Delegate)standIn.HandleAsync);
        await standIn._app.StartAsync();
        var address = standIn._app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.Endpoint = new Uri(address + "/v1");
        return standIn;
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
        _requests.Enqueue(await reader.ReadToEndAsync());
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, http.RequestAborted);
        }

        return Results.Json(new
        {
            id = "chatcmpl-standin",
            @object = "chat.completion",
            created = 1_764_800_000,
            model = "standin-model",
            choices = new[]
            {
                new
                {
                    index = 0,
                    message = new { role = "assistant", content = Answer },
                    finish_reason = "stop",
                },
            },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }
}
