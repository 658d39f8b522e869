using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Ward.Practices;

namespace Ward.Webhooks;

/// <summary>The provider-facing endpoints. Providers authenticate by signature, not by
/// login.</summary>
internal static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks").ExcludeFromDescription();
        group.MapGet("/whatsapp", VerifyWhatsApp);
        group.MapPost("/whatsapp", ReceiveWhatsAppAsync);
        group.MapPost("/twilio/sms", ReceiveSmsAsync);
        group.MapPost("/twilio/status", ReceiveSmsStatusAsync);
        return app;
    }

    /// <summary>Meta's subscription handshake: echo the challenge when the token is ours.</summary>
    private static IResult VerifyWhatsApp(HttpRequest request, PracticeDirectory practices)
    {
        var mode = request.Query["hub.mode"].ToString();
        var token = request.Query["hub.verify_token"].ToString();
        var challenge = request.Query["hub.challenge"].ToString();
        var known = practices.All.Any(p => p.Settings.WhatsApp is { } w
            && ConstantTime.TextEquals(w.VerifyToken, token));
        return mode == "subscribe" && known && challenge.Length > 0
            ? Results.Text(challenge, "text/plain")
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ReceiveWhatsAppAsync(HttpContext http, WhatsAppInbox inbox,
        WebhookAudit audit, IOptions<WardOptions> options, ILogger<WhatsAppInbox> logger,
        CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
        {
            return await RefuseEarlyAsync(http, audit, "whatsapp",
                WebhookRejection.WrongContentType, cancellationToken);
        }

        var body = await ReadBodyAsync(http.Request, options.Value.MaxWebhookBytes, cancellationToken);
        if (body is null)
        {
            return await RefuseEarlyAsync(http, audit, "whatsapp", WebhookRejection.TooLarge,
                cancellationToken);
        }

        var signature = http.Request.Headers["X-Hub-Signature-256"].ToString();
        return await AnswerAsync(logger, "whatsapp", StatusCodes.Status401Unauthorized, Results.Ok(),
            () => inbox.ReceiveAsync(body, signature, Source(http), cancellationToken));
    }

    private static Task<IResult> ReceiveSmsAsync(HttpContext http, SmsInbox inbox,
        WebhookAudit audit, IOptions<WardOptions> options, ILogger<SmsInbox> logger,
        CancellationToken cancellationToken) =>
        ReceiveTwilioAsync(http, audit, options.Value, logger, "sms",
            (url, form, signature) => inbox.ReceiveAsync(url, form, signature, Source(http),
                cancellationToken), cancellationToken);

    private static Task<IResult> ReceiveSmsStatusAsync(HttpContext http, SmsInbox inbox,
        WebhookAudit audit, IOptions<WardOptions> options, ILogger<SmsInbox> logger,
        CancellationToken cancellationToken) =>
        ReceiveTwilioAsync(http, audit, options.Value, logger, "sms-status",
            (url, form, signature) => inbox.StatusAsync(url, form, signature, Source(http),
                cancellationToken), cancellationToken);

    /// <summary>Reads a Twilio form post (both webhooks share the form and signing rules) and
    /// hands it to <paramref name="receive"/> with the public URL Twilio signed.</summary>
    private static async Task<IResult> ReceiveTwilioAsync(HttpContext http, WebhookAudit audit,
        WardOptions options, ILogger logger, string channel,
        Func<string, Dictionary<string, string>, string, Task<WebhookRejection>> receive,
        CancellationToken cancellationToken)
    {
        var (form, refused) = await ReadFormAsync(http.Request, options.MaxWebhookBytes,
            cancellationToken);
        if (form is null)
        {
            return await RefuseEarlyAsync(http, audit, "sms", refused, cancellationToken);
        }

        var url = PublicUrl(options, http.Request);
        var signature = http.Request.Headers["X-Twilio-Signature"].ToString();
        return await AnswerAsync(logger, channel, StatusCodes.Status403Forbidden, EmptyTwiml(),
            () => receive(url, form, signature));
    }

    private static async Task<IResult> AnswerAsync(ILogger logger, string channel, int forged,
        IResult accepted, Func<Task<WebhookRejection>> receive)
    {
        try
        {
            var rejection = await receive();
            if (rejection != WebhookRejection.None)
            {
                WardLog.WebhookRejected(logger, channel, rejection);
            }

            return rejection == WebhookRejection.None ? accepted : Refuse(rejection, forged);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Host boundary: nothing was committed, so the provider must redeliver; a 503 says
            // exactly that and carries no detail of the failure.
            WardLog.WebhookNotStored(logger, channel, e.GetType().Name);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Not stored; please retry.");
        }
    }

    private static async Task<IResult> RefuseEarlyAsync(HttpContext http, WebhookAudit audit,
        string channel, WebhookRejection rejection, CancellationToken cancellationToken)
    {
        await audit.RejectedAsync(null, channel, rejection, Source(http), cancellationToken);
        return Refuse(rejection, StatusCodes.Status400BadRequest);
    }

    private static IResult Refuse(WebhookRejection rejection, int forged) => rejection switch
    {
        WebhookRejection.TooLarge => Results.Problem(statusCode: 413, title: "Body too large."),
        WebhookRejection.Malformed => Results.Problem(statusCode: 400, title: "Malformed payload."),
        WebhookRejection.WrongContentType => Results.Problem(statusCode: 415,
            title: "Unsupported content type."),

        // An unknown receiving number gets the same answer as a forged signature, so that
        // nobody can probe which numbers this server serves.
        _ => Results.Problem(statusCode: forged, title: "Signature not valid."),
    };

    private static IResult EmptyTwiml() => Results.Text("<Response/>", "text/xml");

    private static string? Source(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    private static string PublicUrl(WardOptions options, HttpRequest request) =>
        options.PublicBaseUrl.AbsoluteUri.TrimEnd('/') + request.Path + request.QueryString;

    private static async Task<byte[]?> ReadBodyAsync(
        HttpRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<(Dictionary<string, string>? Form, WebhookRejection Refused)>
        ReadFormAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, WebhookRejection.WrongContentType);
        }

        var body = await ReadBodyAsync(request, max, cancellationToken);
        if (body is null)
        {
            return (null, WebhookRejection.TooLarge);
        }

        try
        {
            using var reader = new FormReader(new MemoryStream(body));
            var fields = await reader.ReadFormAsync(cancellationToken);
            var form = fields.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            return (form, WebhookRejection.None);
        }
        catch (InvalidDataException)
        {
            return (null, WebhookRejection.Malformed);
        }
    }
}
