using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Ward.Storage.Audit;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;

namespace Ward.Storage.Tests.Outbox;

/// <summary>A test database with an outbox store on a fake clock, and helpers to add rows.
/// </summary>
internal sealed class OutboxFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start =
        DateTimeOffset.FromUnixTimeMilliseconds(1_764_777_600_000);

    private OutboxFixture(TestDatabase test)
    {
        Test = test;
        Store = new OutboxStore(test.Database, new AuditLog(Time), Time);
    }

    public TestDatabase Test { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public OutboxStore Store { get; }

    public long Now => Time.GetUtcNow().ToUnixTimeMilliseconds();

    public static async Task<OutboxFixture> CreateAsync(string provider) =>
        new(await TestDatabase.CreateAsync(provider));

    public async Task<long> AddAsync(int priority, long dueInMs = 0,
        string status = OutboxStatus.Pending, long leaseUntilMs = 0, string? messageId = null,
        string practice = "practice-a")
    {
        await using var db = Test.Database.CreateContext();
        var row = new OutboxRow
        {
            PracticeId = practice,
            Kind = "whatsapp.text",
            MessageId = messageId,
            PayloadCipher = [0x01, 0x02],
            Priority = priority,
            Status = status,
            NextAttemptAtMs = Now + dueInMs,
            LeaseUntilMs = leaseUntilMs,
            CreatedAtMs = Now,
        };
        db.Outbox.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    public async Task<string> AddMessageAsync(string practice = "practice-a")
    {
        await using var db = Test.Database.CreateContext();
        var id = "msg-" + Guid.NewGuid().ToString("N");
        db.Messages.Add(new MessageRow
        {
            Id = id,
            PracticeId = practice,
            ConversationId = "conv-1",
            Direction = "out",
            Channel = "whatsapp",
            BodyCipher = [0x01],
            DeliveryStatus = "queued",
            CreatedAtMs = Now,
        });
        await db.SaveChangesAsync();
        return id;
    }

    public async Task<OutboxRow> RowAsync(long id)
    {
        await using var db = Test.Database.CreateContext();
        return await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    public async Task<MessageRow> MessageAsync(string id)
    {
        await using var db = Test.Database.CreateContext();
        return await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async Task<List<AuditEventRow>> AuditAsync(string practice)
    {
        await using var db = Test.Database.CreateContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.PracticeId == practice)
            .OrderBy(e => e.Sequence).ToListAsync();
    }

    public ValueTask DisposeAsync() => Test.DisposeAsync();
}
