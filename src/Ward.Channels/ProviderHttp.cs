using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Ward.Channels;

/// <summary>
/// Plumbing shared by the provider adapters: URL checks and a send that turns transport
/// failures into <see cref="ProviderSendException"/>.
/// </summary>
public static class ProviderHttp
{
    /// <summary>How long a provider call may take before it fails as retryable.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>True when <paramref name="url"/> is an absolute http or https URL.</summary>
    public static bool IsAbsoluteHttpUrl(Uri? url) =>
        url is { IsAbsoluteUri: true }
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// Sends <paramref name="request"/>. Network errors and timeouts become a
    /// <see cref="SendFailureKind.Retryable"/> <see cref="ProviderSendException"/>; a
    /// cancellation asked for by the caller is passed on unchanged.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        HttpRequestMessage request,
        string provider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);

        try
        {
            return await client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new ProviderSendException(
                $"{provider} could not be reached.", SendFailureKind.Retryable, innerException: ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation the caller did not ask for.
            throw new ProviderSendException(
                $"{provider} did not answer in time.",
                SendFailureKind.Retryable,
                innerException: ex);
        }
    }

    /// <summary>
    /// Serializes <paramref name="body"/> up front so the request carries a Content-Length:
    /// streamed (chunked) JSON is refused by some gateways and simple stand-ins.
    /// </summary>
    public static HttpContent CreateJsonContent(JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString()));
        content.Headers.ContentType =
            new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>
    /// Appends a relative path to a base URL that may carry a path of its own (such as the
    /// Graph version segment) with or without a trailing slash; each segment is escaped.
    /// </summary>
    internal static Uri Combine(Uri baseUrl, params string[] segments)
    {
        var text = baseUrl.AbsoluteUri;
        var separator = text.EndsWith('/') ? string.Empty : "/";
        var path = string.Join('/', segments.Select(Uri.EscapeDataString));
        return new Uri(text + separator + path, UriKind.Absolute);
    }
}
