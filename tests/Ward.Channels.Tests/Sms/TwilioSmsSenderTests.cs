using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Ward.Channels.Sms;
using Ward.Channels.Tests.Support;

namespace Ward.Channels.Tests.Sms;

public sealed class TwilioSmsSenderTests
{
    private const string AccountSid = "AC00000000000000000000000000000001";
    private const string AuthToken = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    private const string Clinic = "+12025550100";
    private const string Patient = "+12025550123";
    private const string Text = "Your refill is ready & waiting.";
    private const string Created = """
        {"sid":"SM0000000000000000000000000000d004","status":"queued","num_segments":"0"}
        """;

    private static readonly TwilioAccount Account = new(AccountSid, AuthToken);
    private static readonly Uri Callback =
        new("https://ward.example.org/webhooks/twilio/status?m=7");
    private readonly RecordingLogger<TwilioSmsSender> logger = new();

    [Fact]
    public async Task SendAsync_Created_PostsToAccountMessagesWithBasicAuth()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.Created, Created);

        await SendAsync(stub, Callback);

        var expectedAuth =
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));
        Assert.Equal(HttpMethod.Post, stub.Request!.Method);
        Assert.Equal(
            new Uri($"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json"),
            stub.Request.RequestUri);
        Assert.Equal("Basic", stub.Request.Headers.Authorization!.Scheme);
        Assert.Equal(expectedAuth, stub.Request.Headers.Authorization.Parameter);
    }

    [Fact]
    public async Task SendAsync_Created_SendsFormFields()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.Created, Created);

        await SendAsync(stub, Callback);

        var fields = Form(stub.RequestBody);
        var contentType = stub.Request!.Content!.Headers.ContentType!.MediaType;
        Assert.Equal("application/x-www-form-urlencoded", contentType);
        Assert.Equal(Patient, fields["To"]);
        Assert.Equal(Clinic, fields["From"]);
        Assert.Equal(Text, fields["Body"]);
        Assert.Equal(Callback.AbsoluteUri, fields["StatusCallback"]);
    }

    [Fact]
    public async Task SendAsync_NoCallback_OmitsStatusCallback()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.Created, Created);

        await SendAsync(stub);

        Assert.DoesNotContain("StatusCallback", Form(stub.RequestBody).Keys);
    }

    [Fact]
    public async Task SendAsync_Created_ReturnsSid()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.Created, Created);

        var result = await SendAsync(stub);

        Assert.Equal("SM0000000000000000000000000000d004", result.ProviderMessageId);
    }

    [Fact]
    public async Task SendAsync_Unsubscribed21610_Permanent()
    {
        var body = """
            {"code":21610,"message":"Attempt to send to unsubscribed recipient",
            "more_info":"https://www.twilio.com/docs/errors/21610","status":400}
            """;
        var stub = StubHttpHandler.Answering(HttpStatusCode.BadRequest, body);

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => SendAsync(stub));

        Assert.Equal(SendFailureKind.Permanent, error.Kind);
        Assert.Equal("21610", error.ProviderCode);
        Assert.Equal(400, error.HttpStatus);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, SendFailureKind.Retryable)]
    [InlineData(HttpStatusCode.InternalServerError, SendFailureKind.Retryable)]
    [InlineData(HttpStatusCode.BadGateway, SendFailureKind.Retryable)]
    [InlineData(HttpStatusCode.Unauthorized, SendFailureKind.Permanent)]
    public async Task SendAsync_HttpStatus_Classified(HttpStatusCode status, SendFailureKind kind)
    {
        var stub = StubHttpHandler.Answering(status, "{\"code\":20429,\"status\":429}");

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => SendAsync(stub));

        Assert.Equal(kind, error.Kind);
        Assert.Equal((int)status, error.HttpStatus);
    }

    [Fact]
    public async Task SendAsync_NetworkError_Retryable()
    {
        var stub = StubHttpHandler.Throwing(new HttpRequestException("no route to host"));

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => SendAsync(stub));

        Assert.Equal(SendFailureKind.Retryable, error.Kind);
    }

    [Fact]
    public async Task SendAsync_Failure_LogsAndErrorsCarryNoPhiOrToken()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.BadRequest, "{\"code\":21211}");

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => SendAsync(stub));

        var everything = logger.AllText + error;
        Assert.Contains(2011, logger.Events.Select(e => e.Id));
        Assert.DoesNotContain(AuthToken, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("2025550123", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Text, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthToken, Account.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(string body) =>
        body.Split('&')
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                p => Uri.UnescapeDataString(p[0].Replace('+', ' ')),
                p => Uri.UnescapeDataString(p[1].Replace('+', ' ')),
                StringComparer.Ordinal);

    private Task<SendResult> SendAsync(StubHttpHandler stub, Uri? callback = null)
    {
        var sender = new TwilioSmsSender(
            stub.CreateClient(), Options.Create(new TwilioOptions()), logger);
        return sender.SendAsync(Account, Clinic, Patient, Text, callback, CancellationToken.None);
    }
}
