using System.Net;
using System.Text;

namespace Ward.Channels.Tests.Support;

/// <summary>
/// Stands in for a provider API: records each request (with its body read before the caller
/// disposes it) and answers with a canned response or throws a canned transport error.
/// </summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Func<CancellationToken, Task<HttpResponseMessage>> respond;

    private StubHttpHandler(Func<CancellationToken, Task<HttpResponseMessage>> respond) =>
        this.respond = respond;

    public HttpRequestMessage? Request { get; private set; }

    public string RequestBody { get; private set; } = string.Empty;

    public int Calls { get; private set; }

    public static StubHttpHandler Answering(HttpStatusCode status, string body) =>
        new(_ => Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        }));

    public static StubHttpHandler Throwing(Exception error) => new(_ => throw error);

    /// <summary>Never answers, so that the client's own timeout fires.</summary>
    public static StubHttpHandler Hanging() =>
        new(async cancellationToken =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });

    public HttpClient CreateClient() => new(this);

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Calls++;
        Request = request;
        RequestBody = request.Content is null
            ? string.Empty
            : await request.Content.ReadAsStringAsync(cancellationToken);
        return await respond(cancellationToken);
    }
}
