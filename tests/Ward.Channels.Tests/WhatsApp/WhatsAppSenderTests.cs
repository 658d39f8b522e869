using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Ward.Channels.Tests.Support;
using Ward.Channels.WhatsApp;

namespace Ward.Channels.Tests.WhatsApp;

public sealed class WhatsAppSenderTests
{
    private const string Token = "EAATEST-SECRET-TOKEN-0001";
    private const string Patient = "+12025550123";
    private const string Text = "Your refill request was sent to the care team.";
    private const string Accepted = """
        {"messaging_product":"whatsapp","contacts":[{"input":"+12025550123",
        "wa_id":"12025550123"}],"messages":[{"id":"wamid.SENT-0001"}]}
        """;

    private static readonly WhatsAppAccount Account = new("106000000000001", Token);
    private readonly RecordingLogger<WhatsAppSender> logger = new();

    [Theory]
    [InlineData("https://graph.facebook.com/v23.0")]
    [InlineData("https://graph.facebook.com/v23.0/")]
    public async Task SendTextAsync_Accepted_PostsToVersionedMessagesUrl(string baseUrl)
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.OK, Accepted);

        await Sender(stub, baseUrl).SendTextAsync(Account, Patient, Text, CancellationToken.None);

        Assert.Equal(HttpMethod.Post, stub.Request!.Method);
        Assert.Equal(
            new Uri("https://graph.facebook.com/v23.0/106000000000001/messages"),
            stub.Request.RequestUri);
        Assert.Equal("Bearer", stub.Request.Headers.Authorization!.Scheme);
        Assert.Equal(Token, stub.Request.Headers.Authorization.Parameter);
    }

    [Fact]
    public async Task SendTextAsync_Accepted_SendsTextBodyAsInFixture()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.OK, Accepted);

        await Sender(stub).SendTextAsync(Account, Patient, Text, CancellationToken.None);

        using var body = JsonDocument.Parse(stub.RequestBody);
        var root = body.RootElement;
        Assert.Equal("whatsapp", root.GetProperty("messaging_product").GetString());
        Assert.Equal("individual", root.GetProperty("recipient_type").GetString());
        Assert.Equal(Patient, root.GetProperty("to").GetString());
        Assert.Equal("text", root.GetProperty("type").GetString());

        Assert.False(root.GetProperty("text").GetProperty("preview_url").GetBoolean());
        Assert.Equal(Text, root.GetProperty("text").GetProperty("body").GetString());
        Assert.Equal("application/json", stub.Request!.Content!.Headers.ContentType!.MediaType);
        Assert.NotNull(stub.Request.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task SendTextAsync_Accepted_ReturnsMessageId()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.OK, Accepted);

        var result = await Sender(stub)
            .SendTextAsync(Account, Patient, Text, CancellationToken.None);

        Assert.Equal("wamid.SENT-0001", result.ProviderMessageId);
    }

    [Fact]
    public async Task SendTextAsync_OutsideWindow131047_Permanent()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.BadRequest, GraphError(131047));

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => Sender(stub).SendTextAsync(Account, Patient, Text, CancellationToken.None));

        Assert.Equal(SendFailureKind.Permanent, error.Kind);
        Assert.Equal("131047", error.ProviderCode);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public async Task SendTextAsync_ThroughputExceeded130429_Retryable()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.BadRequest, GraphError(130429));

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => Sender(stub).SendTextAsync(Account, Patient, Text, CancellationToken.None));

        Assert.Equal(SendFailureKind.Retryable, error.Kind);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, SendFailureKind.Retryable)]
    [InlineData(HttpStatusCode.ServiceUnavailable, SendFailureKind.Retryable)]
    [InlineData(HttpStatusCode.TooManyRequests, SendFailureKind.Retryable)]
    [InlineData(HttpStatusCode.Unauthorized, SendFailureKind.Permanent)]
    [InlineData(HttpStatusCode.NotFound, SendFailureKind.Permanent)]
    public async Task SendTextAsync_HttpStatus_Classified(
        HttpStatusCode status, SendFailureKind kind)
    {
        var stub = StubHttpHandler.Answering(status, "<html>upstream error</html>");

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => Sender(stub).SendTextAsync(Account, Patient, Text, CancellationToken.None));

        Assert.Equal(kind, error.Kind);
        Assert.Equal((int)status, error.HttpStatus);
        Assert.Null(error.ProviderCode);
    }

    [Fact]
    public async Task SendTextAsync_NetworkError_Retryable()
    {
        var stub = StubHttpHandler.Throwing(new HttpRequestException("connection refused"));

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => Sender(stub).SendTextAsync(Account, Patient, Text, CancellationToken.None));

        Assert.Equal(SendFailureKind.Retryable, error.Kind);
        Assert.Null(error.HttpStatus);
    }

    [Fact]
    public async Task SendTextAsync_ClientTimeout_Retryable()
    {
        var stub = StubHttpHandler.Hanging();
        using var client = new HttpClient(stub) { Timeout = TimeSpan.FromMilliseconds(50) };
        var sender = new WhatsAppSender(client, Options.Create(new WhatsAppOptions()), logger);

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => sender.SendTextAsync(Account, Patient, Text, CancellationToken.None));

        Assert.Equal(SendFailureKind.Retryable, error.Kind);
    }

    [Fact]
    public async Task SendTextAsync_CallerCancels_OperationCanceled()
    {
        var stub = StubHttpHandler.Hanging();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var act = () => Sender(stub).SendTextAsync(Account, Patient, Text, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(act);
    }

    [Fact]
    public async Task SendTextAsync_SuccessWithoutId_PermanentNotRetried()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.OK, "{\"messages\":[]}");

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => Sender(stub).SendTextAsync(Account, Patient, Text, CancellationToken.None));

        Assert.Equal(SendFailureKind.Permanent, error.Kind);
    }

    [Fact]
    public async Task SendTextAsync_Failure_LogsAndErrorsCarryNoPhiOrToken()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.BadRequest, GraphError(131047));

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => Sender(stub).SendTextAsync(Account, Patient, Text, CancellationToken.None));

        var everything = logger.AllText + error;
        Assert.Contains(2001, logger.Events.Select(e => e.Id));
        Assert.DoesNotContain(Token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("2025550123", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Text, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, Account.ToString(), StringComparison.Ordinal);
    }

    private static string GraphError(int code) => $$$"""
        {"error":{"message":"(#{{{code}}}) Message failed","type":"OAuthException",
        "code":{{{code}}},
        "error_data":{"messaging_product":"whatsapp","details":"+12025550123"},
        "fbtrace_id":"ATEST"}}
        """;

    private WhatsAppSender Sender(
        StubHttpHandler stub, string baseUrl = "https://graph.facebook.com/v23.0")
    {
        var options = Options.Create(new WhatsAppOptions { GraphBaseUrl = new Uri(baseUrl) });
        return new WhatsAppSender(stub.CreateClient(), options, logger);
    }
}
