using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ward.Channels;

namespace Ward.Paging;

/// <summary>
/// Triggers PagerDuty alerts through the Events API v2. The routing key in the body is the
/// only credential (no auth header). Registered as a typed HTTP client; it does not retry:
/// failures come back as <see cref="ProviderSendException"/> for the outbox to handle.
/// </summary>
public sealed class PagerDutyClient(
    HttpClient httpClient,
    IOptions<PagerDutyOptions> options,
    TimeProvider timeProvider,
    ILogger<PagerDutyClient> logger)
{
    private const string Provider = "PagerDuty";
    private const int MaxDedupKeyLength = 255;

    /// <summary>
    /// Sends a <c>trigger</c> event with severity <c>critical</c> for <paramref name="page"/>.
    /// Sending the same page again is safe: the dedup key folds it into the open alert.
    /// </summary>
    /// <param name="routingKey">The integration key of the practice's PagerDuty service.</param>
    /// <param name="page">The page; it carries no PHI.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The dedup key PagerDuty confirmed.</returns>
    /// <exception cref="ProviderSendException">
    /// 400 and other refusals are permanent; 429, 5xx, timeouts and network errors retryable.
    /// </exception>
    public async Task<string> TriggerAsync(
        string routingKey, OnCallPage page, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(routingKey);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrWhiteSpace(page.DedupKey, nameof(page));
        if (page.DedupKey.Length > MaxDedupKeyLength)
        {
            throw new ArgumentException(
                "The dedup key is longer than 255 characters.", nameof(page));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.EventsUrl)
        {
            Content = ProviderHttp.CreateJsonContent(TriggerEvent(routingKey, page)),
        };
        try
        {
            using var response = await ProviderHttp.SendAsync(
                httpClient, request, Provider, cancellationToken);
            var dedupKey = await ReadDedupKeyAsync(response, page.DedupKey, cancellationToken);
            logger.PageTriggered(page.Kinds.Count);
            return dedupKey;
        }
        catch (ProviderSendException ex)
        {
            LogFailure(ex);
            throw;
        }
    }

    private JsonObject TriggerEvent(string routingKey, OnCallPage page) => new()
    {
        ["routing_key"] = routingKey,
        ["event_action"] = "trigger",
        ["dedup_key"] = page.DedupKey,
        ["client"] = "Ward",
        ["payload"] = new JsonObject
        {
            ["summary"] = OnCallPageText.Summary(page),
            ["source"] = "ward",
            ["severity"] = "critical",
            ["timestamp"] = timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ["component"] = "emergency-triage",
            ["custom_details"] = new JsonObject
            {
                ["kinds"] = new JsonArray([.. page.Kinds.Select(k => JsonValue.Create(k))]),
                ["practice"] = page.PracticeName,
            },
        },
        ["links"] = new JsonArray(new JsonObject
        {
            ["href"] = page.InboxLink.AbsoluteUri,
            ["text"] = "Open in Ward (login required)",
        }),
    };

    private static async Task<string> ReadDedupKeyAsync(
        HttpResponseMessage response, string sentKey, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            var kind = ProviderSendException.KindForStatus(status);
            throw ProviderSendException.ForResponse(Provider, status, null, kind);
        }

        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return ReadDedupKey(content) ?? sentKey;
    }

    private static string? ReadDedupKey(byte[] content)
    {
        try
        {
            return JsonNode.Parse(content) is JsonObject root
                && root["dedup_key"] is JsonValue key
                && key.TryGetValue<string>(out var text)
                && text.Length > 0
                    ? text
                    : null;
        }
        catch (JsonException)
        {
            // The event was accepted; an unreadable body does not change that.
            return null;
        }
    }

    private void LogFailure(ProviderSendException ex)
    {
        if (ex.Kind == SendFailureKind.Retryable)
        {
            logger.PageDeferred(ex.HttpStatus);
        }
        else
        {
            logger.PageRefused(ex.HttpStatus);
        }
    }
}
