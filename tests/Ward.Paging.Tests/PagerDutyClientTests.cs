using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Ward.Channels;
using Ward.Channels.Tests.Support;

namespace Ward.Paging.Tests;

public sealed class PagerDutyClientTests
{
    private const string RoutingKey = "w4rd0000000000000000000000test01";
    private const string DedupKey = "ward:escalation:ESC-TEST-20260302-0007";
    private const string Accepted =
        """{"status":"success","message":"Event processed","dedup_key":"ward:escalation:X"}""";

    private static readonly Uri Link = new("https://ward.example.org/escalations/ESC-TEST-0007");
    private static readonly OnCallPage Page =
        new("Test Family Clinic", ["chest_pain"], Link, DedupKey);

    private readonly RecordingLogger<PagerDutyClient> logger = new();
    private readonly FakeTimeProvider clock =
        new(new DateTimeOffset(2026, 3, 2, 22, 41, 7, TimeSpan.Zero));

    [Fact]
    public async Task TriggerAsync_Accepted_PostsToEventsUrlWithoutAuthHeader()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.Accepted, Accepted);

        await Client(stub).TriggerAsync(RoutingKey, Page, CancellationToken.None);

        Assert.Equal(HttpMethod.Post, stub.Request!.Method);
        Assert.Equal(new Uri("https://events.pagerduty.com/v2/enqueue"), stub.Request.RequestUri);
        Assert.Null(stub.Request.Headers.Authorization);
        Assert.Equal("application/json", stub.Request.Content!.Headers.ContentType!.MediaType);
        Assert.NotNull(stub.Request.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task TriggerAsync_Accepted_SendsDocumentedTriggerEvent()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.Accepted, Accepted);

        await Client(stub).TriggerAsync(RoutingKey, Page, CancellationToken.None);

        using var body = JsonDocument.Parse(stub.RequestBody);
        var root = body.RootElement;
        Assert.Equal(RoutingKey, root.GetProperty("routing_key").GetString());
        Assert.Equal("trigger", root.GetProperty("event_action").GetString());
        Assert.Equal(DedupKey, root.GetProperty("dedup_key").GetString());

        var payload = root.GetProperty("payload");
        Assert.Equal("ward", payload.GetProperty("source").GetString());
        Assert.Equal("critical", payload.GetProperty("severity").GetString());
        Assert.Equal("emergency-triage", payload.GetProperty("component").GetString());
        Assert.Equal(clock.GetUtcNow(), payload.GetProperty("timestamp").GetDateTimeOffset());
        var summary = payload.GetProperty("summary").GetString();
        Assert.Contains("Test Family Clinic: chest pain", summary, StringComparison.Ordinal);

        var details = payload.GetProperty("custom_details");
        var kinds = details.GetProperty("kinds").EnumerateArray().Select(k => k.GetString());
        Assert.Equal(["chest_pain"], kinds);
        Assert.Equal("Test Family Clinic", details.GetProperty("practice").GetString());

        var link = Assert.Single(root.GetProperty("links").EnumerateArray());
        Assert.Equal(Link.AbsoluteUri, link.GetProperty("href").GetString());
        Assert.False(string.IsNullOrEmpty(link.GetProperty("text").GetString()));
    }

    [FixtureFact]
    public async Task TriggerAsync_Accepted_UsesOnlyFieldNamesOfTheFixture()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.Accepted, Accepted);
        using var fixture = JsonDocument.Parse(FixtureFiles.ReadText("pagerduty-trigger.json"));

        await Client(stub).TriggerAsync(RoutingKey, Page, CancellationToken.None);

        using var body = JsonDocument.Parse(stub.RequestBody);
        AssertNamesSubset(fixture.RootElement, body.RootElement);
        AssertNamesSubset(
            fixture.RootElement.GetProperty("payload"), body.RootElement.GetProperty("payload"));
        AssertNamesSubset(
            fixture.RootElement.GetProperty("links")[0], body.RootElement.GetProperty("links")[0]);
    }

    [FixtureFact]
    public async Task TriggerAsync_Accepted_ReturnsDedupKeyFromResponse()
    {
        var response = FixtureFiles.ReadText("pagerduty-response-202.json");
        var stub = StubHttpHandler.Answering(HttpStatusCode.Accepted, response);

        var key = await Client(stub).TriggerAsync(RoutingKey, Page, CancellationToken.None);

        Assert.Equal("ward:escalation:ESC-TEST-20260302-0007", key);
        Assert.Contains(3000, logger.Events.Select(e => e.Id));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, SendFailureKind.Permanent)]
    [InlineData(HttpStatusCode.TooManyRequests, SendFailureKind.Retryable)]
    [InlineData(HttpStatusCode.InternalServerError, SendFailureKind.Retryable)]
    [InlineData(HttpStatusCode.ServiceUnavailable, SendFailureKind.Retryable)]
    public async Task TriggerAsync_HttpStatus_Classified(
        HttpStatusCode status, SendFailureKind kind)
    {
        var stub = StubHttpHandler.Answering(status, """{"status":"invalid event"}""");

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => Client(stub).TriggerAsync(RoutingKey, Page, CancellationToken.None));

        Assert.Equal(kind, error.Kind);
        Assert.Equal((int)status, error.HttpStatus);
    }

    [Fact]
    public async Task TriggerAsync_NetworkError_Retryable()
    {
        var stub = StubHttpHandler.Throwing(new HttpRequestException("connection reset"));

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => Client(stub).TriggerAsync(RoutingKey, Page, CancellationToken.None));

        Assert.Equal(SendFailureKind.Retryable, error.Kind);
        Assert.Contains(3001, logger.Events.Select(e => e.Id));
    }

    [Fact]
    public async Task TriggerAsync_Refused_LogsCriticalWithoutRoutingKey()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.BadRequest, "{}");

        var error = await Assert.ThrowsAsync<ProviderSendException>(
            () => Client(stub).TriggerAsync(RoutingKey, Page, CancellationToken.None));

        Assert.Contains(3002, logger.Events.Select(e => e.Id));
        Assert.StartsWith("Critical", logger.Lines.Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(RoutingKey, logger.AllText + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriggerAsync_DedupKeyTooLong_Throws()
    {
        var stub = StubHttpHandler.Answering(HttpStatusCode.Accepted, Accepted);
        var page = Page with { DedupKey = new string('k', 256) };

        var act = () => Client(stub).TriggerAsync(RoutingKey, page, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(act);
        Assert.Equal(0, stub.Calls);
    }

    private static void AssertNamesSubset(JsonElement fixture, JsonElement sent)
    {
        var known =
            fixture.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in sent.EnumerateObject())
        {
            Assert.Contains(property.Name, known);
        }
    }

    private PagerDutyClient Client(StubHttpHandler stub) =>
        new(stub.CreateClient(), Options.Create(new PagerDutyOptions()), clock, logger);
}
