using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;
using Ward.Storage.Outbox;

namespace Ward.Host.Tests.Outbox;

public sealed class OutboxDispatchTests
{
    private const string UsPatient = "15550100123";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ProviderDown_EmergencyReplyRetried_UntilSent(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());
        ward.Providers.FailNext(2, 503);

        await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(UsPatient, "I think I'm having a heart attack")));
        var rows = await ward.WaitForOutboxAsync(
            r => r.Count == 3 && r.All(o => o.Status == OutboxStatus.Sent));

        Assert.Contains(ward.Providers.Requests, r => r.Kind == "whatsapp");
        await using var db = ward.OpenDb();
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Contains(rows, r => r.Attempts > 1);
        Assert.Contains(await db.AuditEvents.ToListAsync(), e => e.Action == "send.failed");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ProviderRefuses_PermanentError_ParkedInDeadLetters(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database, TestPractices.UnitedStates());
        ward.Providers.FailNext(1, 400);

        await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(UsPatient, "can I get a copy of my invoice?")));
        var rows = await ward.WaitForOutboxAsync(r => r.Any(o => o.Status == OutboxStatus.Dead));

        var row = Assert.Single(rows, o => o.Status == OutboxStatus.Dead);
        Assert.Equal("whatsapp.text", row.Kind);
        await using var db = ward.OpenDb();
        var reply = await db.Messages.SingleAsync(m => m.Direction == "out");
        Assert.Equal("failed", reply.DeliveryStatus);
    }
}
