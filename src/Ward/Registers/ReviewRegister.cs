using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Hosting;
using Ward.Practices;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Registers;

/// <summary>
/// Compliance reviews on record: the annual security risk analysis (HIPAA
/// 164.308(a)(1)(ii)(A), reviewed periodically under 164.308(a)(8)), access reviews, and breach
/// risk assessments that concluded "no breach" (164.402(2)).
/// </summary>
internal sealed class ReviewRegister(WardCore core, Principal actor, string practiceId)
{
    public static readonly IReadOnlyList<string> Kinds =
        ["risk-analysis", "access-review", "breach-assessment", "policy-review"];

    /// <summary>How long an annual review stays current.</summary>
    public static readonly TimeSpan AnnualReview = TimeSpan.FromDays(365);

    public async Task<string> AddAsync(string kind, DateOnly completedOn, string notes,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(core.Time.GetUtcNow().UtcDateTime);
        if (completedOn > today)
        {
            throw new RegisterException("--completed lies in the future.");
        }

        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keys = await core.PracticeKeys.LoadOrCreateAsync(db, practiceId, cancellationToken);
        var row = new ReviewRow
        {
            Id = Guid.CreateVersion7().ToString(), PracticeId = practiceId, Kind = kind,
            CompletedOn = completedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ReviewedBy = actor.ActorId,
            NotesCipher = keys.Fields.Encrypt(notes, PracticeFields.ReviewNotes),
            RecordedAtMs = core.Time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.Reviews.Add(row);
        await core.Audit.AppendAsync(db,
        [
            new AuditRecord(practiceId, actor.ActorType, actor.ActorId, "review.recorded",
                "Review", row.Id, "kind,completed,notes", "compliance", SourceAddress: "cli"),
        ], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.Id;
    }

    public async Task<IReadOnlyList<ReviewRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        return await db.Reviews.AsNoTracking().Where(r => r.PracticeId == practiceId)
            .OrderBy(r => r.CompletedOn).ToListAsync(cancellationToken);
    }
}
