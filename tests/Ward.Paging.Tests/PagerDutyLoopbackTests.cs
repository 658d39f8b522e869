using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Ward.Channels.Tests.Support;

namespace Ward.Paging.Tests;

/// <summary>The client against a stand-in on a real socket, as the host's tests will run.</summary>
public sealed class PagerDutyLoopbackTests
{
    [Fact]
    public async Task TriggerAsync_LoopbackEvents_SendsSizedJsonAndReadsKey()
    {
        using var server = new LoopbackServer(
            HttpStatusCode.Accepted,
            """{"status":"success","message":"Event processed","dedup_key":"ward:e:1"}""");
        var options = new PagerDutyOptions { EventsUrl = new Uri(server.BaseUrl, "v2/enqueue") };
        using var client = new HttpClient();
        var pager = new PagerDutyClient(
            client, Options.Create(options), new FakeTimeProvider(),
            new RecordingLogger<PagerDutyClient>());
        var page = new OnCallPage(
            "Test Family Clinic", ["stroke"], new Uri("https://ward.example.org/i/1"), "ward:e:1");

        var key = await pager.TriggerAsync("R0000000000000000000000000000001", page,
            CancellationToken.None);

        var request = Assert.Single(server.Requests);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("ward:e:1", key);
        Assert.Equal("/v2/enqueue", request.PathAndQuery);
        Assert.Null(request.Authorization);
        Assert.Equal(request.Body.Length, request.ContentLength);
        Assert.Equal("trigger", body.RootElement.GetProperty("event_action").GetString());
    }
}
