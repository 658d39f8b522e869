using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ward.Channels.WhatsApp;

/// <summary>
/// Sends messages through the WhatsApp Cloud API
/// (<c>POST {GraphBaseUrl}/{phone_number_id}/messages</c>). Registered as a typed HTTP client;
/// it does not retry: failures come back as <see cref="ProviderSendException"/>.
/// </summary>
public sealed class WhatsAppSender(
    HttpClient httpClient,
    IOptions<WhatsAppOptions> options,
    ILogger<WhatsAppSender> logger)
{
    private const string Provider = "WhatsApp Graph API";

    // Graph codes that mean "slow down" even when the HTTP status is a plain 400.
    private static readonly HashSet<string> ThrottlingCodes =
        new(StringComparer.Ordinal) { "130429", "131056", "131057" };

    /// <summary>
    /// Sends a free-form text message; allowed only inside the 24-hour customer-service window.
    /// A 200 means accepted: delivery problems arrive later as status updates.
    /// </summary>
    /// <param name="account">The practice's business number and access token.</param>
    /// <param name="toWaId">The recipient's WhatsApp id or E.164 number.</param>
    /// <param name="body">The text, at most 4096 characters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The <c>wamid.…</c> of the accepted message.</returns>
    /// <exception cref="ProviderSendException">
    /// The Graph API refused the message or could not be reached.
    /// </exception>
    public async Task<SendResult> SendTextAsync(
        WhatsAppAccount account, string toWaId, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.PhoneNumberId, nameof(account));
        ArgumentException.ThrowIfNullOrWhiteSpace(account.AccessToken, nameof(account));
        ArgumentException.ThrowIfNullOrWhiteSpace(toWaId);
        ArgumentException.ThrowIfNullOrEmpty(body);

        var url = ProviderHttp.Combine(
            options.Value.GraphBaseUrl, account.PhoneNumberId, "messages");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = ProviderHttp.CreateJsonContent(TextMessage(toWaId, body)),
        };
        request.Headers.Authorization =
            new AuthenticationHeaderValue("Bearer", account.AccessToken);

        try
        {
            using var response = await ProviderHttp.SendAsync(
                httpClient, request, Provider, cancellationToken);
            var result = await ReadResultAsync(response, cancellationToken);
            logger.WhatsAppMessageSent(result.ProviderMessageId);
            return result;
        }
        catch (ProviderSendException ex)
        {
            logger.WhatsAppSendFailed(ex.Kind, ex.HttpStatus, ex.ProviderCode);
            throw;
        }
    }

    /// <summary>
    /// Sends an approved template; allowed at any time, and the only kind allowed once the
    /// 24-hour customer-service window has closed.
    /// </summary>
    /// <param name="account">The practice's business number and access token.</param>
    /// <param name="toWaId">The recipient's WhatsApp id or E.164 number.</param>
    /// <param name="template">The template, its locale and body parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The <c>wamid.…</c> of the accepted message.</returns>
    /// <exception cref="ProviderSendException">
    /// The Graph API refused the message or could not be reached.
    /// </exception>
    public async Task<SendResult> SendTemplateAsync(WhatsAppAccount account, string toWaId,
        WhatsAppTemplateMessage template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentException.ThrowIfNullOrWhiteSpace(toWaId);
        ArgumentException.ThrowIfNullOrWhiteSpace(template.Name);

        var url = ProviderHttp.Combine(
            options.Value.GraphBaseUrl, account.PhoneNumberId, "messages");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = ProviderHttp.CreateJsonContent(TemplateBody(toWaId, template)),
        };
        request.Headers.Authorization =
            new AuthenticationHeaderValue("Bearer", account.AccessToken);

        try
        {
            using var response = await ProviderHttp.SendAsync(
                httpClient, request, Provider, cancellationToken);
            var result = await ReadResultAsync(response, cancellationToken);
            logger.WhatsAppMessageSent(result.ProviderMessageId);
            return result;
        }
        catch (ProviderSendException ex)
        {
            logger.WhatsAppSendFailed(ex.Kind, ex.HttpStatus, ex.ProviderCode);
            throw;
        }
    }

    private static JsonObject TemplateBody(string to, WhatsAppTemplateMessage template)
    {
        var parameters = new JsonArray();
        foreach (var value in template.BodyParameters)
        {
            parameters.Add(new JsonObject { ["type"] = "text", ["text"] = value });
        }

        var body = new JsonObject
        {
            ["name"] = template.Name,
            ["language"] = new JsonObject { ["code"] = template.Language },
        };
        if (parameters.Count > 0)
        {
            body["components"] = new JsonArray
            {
                new JsonObject { ["type"] = "body", ["parameters"] = parameters },
            };
        }

        return new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["to"] = to,
            ["type"] = "template",
            ["template"] = body,
        };
    }

    private static JsonObject TextMessage(string to, string body) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["recipient_type"] = "individual",
        ["to"] = to,
        ["type"] = "text",
        ["text"] = new JsonObject { ["preview_url"] = false, ["body"] = body },
    };

    private static async Task<SendResult> ReadResultAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var code = ReadErrorCode(content);
            var kind = code is not null && ThrottlingCodes.Contains(code)
                ? SendFailureKind.Retryable
                : ProviderSendException.KindForStatus(status);
            throw ProviderSendException.ForResponse(Provider, status, code, kind);
        }

        // Accepted but without an id: sending again could deliver twice, so it is not retried.
        return ReadMessageId(content) is { } id
            ? new SendResult(id)
            : throw new ProviderSendException(
                $"{Provider} answered HTTP {status} without a message id.",
                SendFailureKind.Permanent,
                httpStatus: status);
    }

    private static string? ReadMessageId(byte[] content) =>
        ProviderJson.TryParseObject(content) is { } root
            && root["messages"] is JsonArray { Count: > 0 } messages
                ? ProviderJson.ReadString(messages[0] as JsonObject, "id")
                : null;

    private static string? ReadErrorCode(byte[] content) =>
        ProviderJson.ReadCode(ProviderJson.TryParseObject(content)?["error"] as JsonObject, "code");
}
