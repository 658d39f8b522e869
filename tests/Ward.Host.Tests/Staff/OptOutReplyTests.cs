using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Host.Tests.Support;
using Ward.Staff.Identity;
using Ward.Staff.Inbox;

namespace Ward.Host.Tests.Staff;

/// <summary>After a patient's STOP, staff replies on that channel are refused, audited and never
/// queued (TCPA opt-out; GDPR Art. 7(3): withdrawal is as easy as giving consent).</summary>
public sealed class OptOutReplyTests
{
    private const string Patient = "+15550100177";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task StaffReply_AfterSmsStop_RefusedAuditedNothingQueued(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        await SendSmsAsync(ward, "what time do you open on saturday?");
        await SendSmsAsync(ward, "STOP");
        await using var db = ward.OpenDb();
        var conversation = (await db.Messages.AsNoTracking().FirstAsync(m => m.Direction == "in"))
            .ConversationId;
        var queuedBefore = await db.Outbox.CountAsync();
        var member = new StaffMember("a", "sunrise-family", TestPractices.FrontDesk, "front-desk",
            null, true);
        var sender = ward.App.Services.GetRequiredService<ReplySender>();

        var refused = await Assert.ThrowsAsync<InboxException>(() => sender.ReplyAsync(
            member, conversation, "We open at nine.", CancellationToken.None));

        Assert.True(refused.Conflict);
        Assert.Equal("text", refused.Field);
        Assert.Contains("opted out", refused.Message, StringComparison.Ordinal);
        Assert.Equal(queuedBefore, await db.Outbox.CountAsync());
        Assert.Equal(0, await db.Messages.CountAsync(m => m.SentBy == TestPractices.FrontDesk));
        Assert.Equal(1, await db.AuditEvents.CountAsync(
            e => e.Action == "message.refused" && e.Outcome == "refused"));
    }

    private static async Task SendSmsAsync(WardTestServer ward, string text)
    {
        var form = ProviderPayloads.SmsForm(Patient, TestPractices.UsSmsNumber, text,
            "AC00000000000000000000000000000001");
        using var response = await ward.Http.SendAsync(ProviderPayloads.TwilioRequest(ward.BaseUrl,
            "webhooks/twilio/sms", form, TestPractices.UsAuthToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
