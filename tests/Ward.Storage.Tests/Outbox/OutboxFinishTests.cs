using Ward.Storage.Audit;
using Ward.Storage.Outbox;

namespace Ward.Storage.Tests.Outbox;

public sealed class OutboxFinishTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FinishAsync_Sent_StoresRowMessageAndAudit(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var message = await f.AddMessageAsync();
        var id = await f.AddAsync(priority: 10, messageId: message);
        await f.Store.ClaimAsync(1, Lease, CancellationToken.None);
        f.Time.Advance(TimeSpan.FromSeconds(2));

        await f.Store.FinishAsync(
            [new OutboxOutcome(id, OutboxStatus.Sent, "wamid.1", null, 0, message, "sent",
                Audit(id, "success"))],
            CancellationToken.None);

        var row = await f.RowAsync(id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal("wamid.1", row.ProviderMessageId);
        Assert.Null(row.LastError);
        Assert.Equal(0, row.LeaseUntilMs);
        Assert.Equal(f.Now, row.FinishedAtMs);
        var stored = await f.MessageAsync(message);
        Assert.Equal("sent", stored.DeliveryStatus);
        Assert.Equal("wamid.1", stored.ProviderMessageId);
        Assert.Null(stored.DeliveryError);
        Assert.Equal(f.Now, stored.DeliveryUpdatedAtMs);
        await AssertAuditedAsync(f, id, "success");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FinishAsync_RetryLater_PendingUntilNextAttempt(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var message = await f.AddMessageAsync();
        var id = await f.AddAsync(priority: 10, messageId: message);
        await f.Store.ClaimAsync(1, Lease, CancellationToken.None);
        var next = f.Now + 60_000;

        await f.Store.FinishAsync(
            [new OutboxOutcome(id, OutboxStatus.Pending, null, "timeout", next, message, null,
                Audit(id, "retry"))],
            CancellationToken.None);

        var row = await f.RowAsync(id);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal("timeout", row.LastError);
        Assert.Equal(next, row.NextAttemptAtMs);
        Assert.Equal(0, row.LeaseUntilMs);
        Assert.Null(row.FinishedAtMs);
        var stored = await f.MessageAsync(message);
        Assert.Equal("queued", stored.DeliveryStatus);
        Assert.Equal("timeout", stored.DeliveryError);
        await AssertAuditedAsync(f, id, "retry");
        f.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Empty(await f.Store.ClaimAsync(1, Lease, CancellationToken.None));
        f.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([id], (await f.Store.ClaimAsync(1, Lease, CancellationToken.None))
            .Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FinishAsync_Dead_ParkedAndListed(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var message = await f.AddMessageAsync();
        var id = await f.AddAsync(priority: 10, messageId: message);
        await f.Store.ClaimAsync(1, Lease, CancellationToken.None);

        await f.Store.FinishAsync(
            [new OutboxOutcome(id, OutboxStatus.Dead, null, "131026", 0, message, "failed",
                Audit(id, "failure"))],
            CancellationToken.None);

        var row = await f.RowAsync(id);
        Assert.Equal(OutboxStatus.Dead, row.Status);
        Assert.Equal("131026", row.LastError);
        Assert.Equal(f.Now, row.FinishedAtMs);
        var stored = await f.MessageAsync(message);
        Assert.Equal("failed", stored.DeliveryStatus);
        Assert.Equal("131026", stored.DeliveryError);
        var dead = await f.Store.DeadLettersAsync("practice-a", 10, CancellationToken.None);
        Assert.Equal([id], dead.Select(r => r.Id));
        Assert.Empty(await f.Store.DeadLettersAsync("practice-b", 10, CancellationToken.None));
        await AssertAuditedAsync(f, id, "failure");
        f.Time.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await f.Store.ClaimAsync(1, Lease, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FinishAsync_SeveralPractices_OneTransactionAndIntactChains(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var a = await f.AddAsync(priority: 100, practice: "practice-a");
        var b = await f.AddAsync(priority: 100, practice: "practice-b");
        await f.Store.ClaimAsync(5, Lease, CancellationToken.None);

        await f.Store.FinishAsync(
            [
                new OutboxOutcome(a, OutboxStatus.Sent, "p-a", null, 0, null, null,
                    Audit(a, "success", "practice-a")),
                new OutboxOutcome(b, OutboxStatus.Sent, "p-b", null, 0, null, null,
                    Audit(b, "success", "practice-b")),
            ],
            CancellationToken.None);

        Assert.Equal(OutboxStatus.Sent, (await f.RowAsync(a)).Status);
        Assert.Equal(OutboxStatus.Sent, (await f.RowAsync(b)).Status);
        Assert.Single(await f.AuditAsync("practice-a"));
        Assert.Single(await f.AuditAsync("practice-b"));
        var verified = await new AuditVerifier(f.Test.Database).VerifyAsync(default);
        Assert.True(verified.Intact, verified.FirstBreak?.Reason);
        Assert.Equal(2, verified.EventsChecked);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FinishAsync_UnknownMessage_StoresNothing(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var id = await f.AddAsync(priority: 10, messageId: "msg-missing");
        await f.Store.ClaimAsync(1, Lease, CancellationToken.None);

        var act = () => f.Store.FinishAsync(
            [new OutboxOutcome(id, OutboxStatus.Sent, "x", null, 0, "msg-missing", "sent",
                Audit(id, "success"))],
            CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(act);
        Assert.Equal(OutboxStatus.Pending, (await f.RowAsync(id)).Status);
        Assert.Empty(await f.AuditAsync("practice-a"));
    }

    private static AuditRecord Audit(long outboxId, string outcome, string practice = "practice-a")
        => new(practice, AuditActors.System, "outbox", "outbox.send", "outbox",
            outboxId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Outcome: outcome);

    private static async Task AssertAuditedAsync(OutboxFixture f, long outboxId, string outcome)
    {
        var audit = Assert.Single(await f.AuditAsync("practice-a"));
        Assert.Equal("outbox.send", audit.Action);
        Assert.Equal(outboxId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            audit.ResourceId);
        Assert.Equal(outcome, audit.Outcome);
        Assert.Equal(f.Now, audit.OccurredAtMs);
        var verified = await new AuditVerifier(f.Test.Database).VerifyAsync(default);
        Assert.True(verified.Intact, verified.FirstBreak?.Reason);
    }
}
