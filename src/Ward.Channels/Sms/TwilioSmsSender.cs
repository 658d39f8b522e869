using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ward.Channels.Sms;

/// <summary>
/// Sends SMS through Twilio's Messages resource
/// (<c>POST {ApiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json</c>). Registered as a
/// typed HTTP client; it does not retry: failures come back as <see cref="ProviderSendException"/>.
/// </summary>
public sealed class TwilioSmsSender(
    HttpClient httpClient,
    IOptions<TwilioOptions> options,
    ILogger<TwilioSmsSender> logger)
{
    private const string Provider = "Twilio";

    /// <summary>
    /// Sends one SMS. A 201 means queued; delivery is reported to
    /// <paramref name="statusCallback"/>.
    /// </summary>
    /// <param name="account">The Twilio account and its auth token.</param>
    /// <param name="from">The practice's Twilio number in E.164 (or a short code).</param>
    /// <param name="to">The recipient in E.164.</param>
    /// <param name="body">The text, at most 1,600 characters.</param>
    /// <param name="statusCallback">Absolute URL for status callbacks, or null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message sid.</returns>
    /// <exception cref="ProviderSendException">
    /// Twilio refused (e.g. code 21610, an opted-out recipient: permanent) or could not be
    /// reached (retryable).
    /// </exception>
    public async Task<SendResult> SendAsync(
        TwilioAccount account,
        string from,
        string to,
        string body,
        Uri? statusCallback,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.AccountSid, nameof(account));
        ArgumentException.ThrowIfNullOrWhiteSpace(account.AuthToken, nameof(account));
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentException.ThrowIfNullOrEmpty(body);
        if (statusCallback is { IsAbsoluteUri: false })
        {
            throw new ArgumentException(
                "The status callback must be absolute.", nameof(statusCallback));
        }

        using var request = BuildRequest(account, from, to, body, statusCallback);
        try
        {
            using var response = await ProviderHttp.SendAsync(
                httpClient, request, Provider, cancellationToken);
            var result = await ReadResultAsync(response, cancellationToken);
            logger.SmsMessageSent(result.ProviderMessageId);
            return result;
        }
        catch (ProviderSendException ex)
        {
            logger.SmsSendFailed(ex.Kind, ex.HttpStatus, ex.ProviderCode);
            throw;
        }
    }

    private HttpRequestMessage BuildRequest(
        TwilioAccount account, string from, string to, string body, Uri? statusCallback)
    {
        var url = ProviderHttp.Combine(
            options.Value.ApiBaseUrl,
            "2010-04-01",
            "Accounts",
            account.AccountSid,
            "Messages.json");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("To", to),
            new("From", from),
            new("Body", body),
        };
        if (statusCallback is not null)
        {
            fields.Add(new("StatusCallback", statusCallback.AbsoluteUri));
        }

        var credentials = Encoding.UTF8.GetBytes($"{account.AccountSid}:{account.AuthToken}");
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        return request;
    }

    private static async Task<SendResult> ReadResultAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var json = ProviderJson.TryParseObject(content);
        if (!response.IsSuccessStatusCode)
        {
            var code = ProviderJson.ReadCode(json, "code");
            var kind = ProviderSendException.KindForStatus(status);
            throw ProviderSendException.ForResponse(Provider, status, code, kind);
        }

        // Queued but without a sid: sending again could deliver twice, so it is not retried.
        return ProviderJson.ReadString(json, "sid") is { } sid
            ? new SendResult(sid)
            : throw new ProviderSendException(
                $"{Provider} answered HTTP {status} without a message sid.",
                SendFailureKind.Permanent,
                httpStatus: status);
    }
}
