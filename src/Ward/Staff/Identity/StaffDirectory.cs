using Microsoft.EntityFrameworkCore;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.Staff.Identity;

/// <summary>Reads the practice's own staff rows (<c>users</c>), which hold the role.</summary>
internal sealed class StaffDirectory(WardDatabase database)
{
    public async Task<UserRow?> FindActiveAsync(string practiceId, string staffId,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.PracticeId == practiceId
            && u.Id == staffId && u.DisabledAtMs == null, cancellationToken);
    }

    public async Task<List<UserRow>> ListAsync(string practiceId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Users.AsNoTracking().Where(u => u.PracticeId == practiceId)
            .OrderBy(u => u.Id).ToListAsync(cancellationToken);
    }

    public async Task MarkMfaEnabledAsync(string practiceId, string staffId,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await db.Users.Where(u => u.PracticeId == practiceId && u.Id == staffId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.MfaEnabled, true), cancellationToken);
    }
}
