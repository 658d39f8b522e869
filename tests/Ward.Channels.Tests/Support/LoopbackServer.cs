using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ward.Channels.Tests.Support;

/// <summary>
/// A provider stand-in on a real loopback socket: it reads each request (body by
/// Content-Length, as simple stand-ins do) and answers with one canned status and body.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly HttpStatusCode status;
    private readonly string body;
    private readonly List<LoopbackRequest> requests = [];

    public LoopbackServer(HttpStatusCode status, string body)
    {
        this.status = status;
        this.body = body;
        BaseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public IReadOnlyList<LoopbackRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public void Dispose() => listener.Close();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var buffer = new byte[Math.Max(0, request.ContentLength64)];
        await request.InputStream.ReadExactlyAsync(buffer);
        lock (requests)
        {
            requests.Add(new LoopbackRequest(
                request.HttpMethod,
                request.Url!.PathAndQuery,
                request.ContentLength64,
                request.Headers["Authorization"],
                request.ContentType,
                Encoding.UTF8.GetString(buffer)));
        }

        var reply = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(reply);
        context.Response.Close();
    }
}
