using System.Text.Json;

namespace Ward.Demo;

/// <summary>
/// Endpoints of the demo sandbox. They answer like the real providers' success responses, so
/// Ward's senders run their real code paths.
/// </summary>
internal static class SandboxEndpoints
{
    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/sandbox").ExcludeFromDescription();
        group.MapPost("/graph/{version}/{numberId}/messages", WhatsAppAsync);
        group.MapPost("/twilio/2010-04-01/Accounts/{sid}/Messages.json", TwilioAsync);
        group.MapPost("/pagerduty/v2/enqueue", PagerDutyAsync);
        group.MapGet("/sent", (long? after, Sandbox sandbox) => Results.Json(sandbox.Since(after ?? 0)));
        return app;
    }

    private static async Task<IResult> WhatsAppAsync(HttpRequest request, Sandbox sandbox)
    {
        var sent = sandbox.Record("whatsapp", request.Path, await ReadAsync(request));
        return Results.Json(new
        {
            messaging_product = "whatsapp",
            messages = new[] { new { id = $"wamid.sandbox{sent.Number}" } },
        });
    }

    private static async Task<IResult> TwilioAsync(HttpRequest request, Sandbox sandbox)
    {
        var sent = sandbox.Record("sms", request.Path, await ReadAsync(request));
        return Results.Json(new { sid = $"SM{sent.Number:D32}", status = "queued" }, statusCode: 201);
    }

    private static async Task<IResult> PagerDutyAsync(HttpRequest request, Sandbox sandbox)
    {
        var body = await ReadAsync(request);
        sandbox.Record("pagerduty", request.Path, body);
        var key = JsonDocument.Parse(body).RootElement.TryGetProperty("dedup_key", out var k)
            ? k.GetString() : "sandbox";
        return Results.Json(new { status = "success", message = "Event processed", dedup_key = key },
            statusCode: 202);
    }

    private static async Task<string> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync();
    }
}
