using Microsoft.EntityFrameworkCore;
using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>Reads every chain from the database, streaming, and verifies it.</summary>
public sealed class AuditVerifier(WardDatabase database)
{
    /// <summary>Walks all chains; the result names the first broken event, if any.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var heads = await db.ChainHeads.AsNoTracking()
            .ToDictionaryAsync(h => h.PracticeId, h => new ChainHead(h.Sequence, h.Hash),
                StringComparer.Ordinal, cancellationToken);

        var events = db.AuditEvents.AsNoTracking()
            .OrderBy(e => e.PracticeId).ThenBy(e => e.Sequence)
            .AsEnumerable()
            .Select(AuditMapping.ToEntry);
        return AuditChainVerifier.Verify(events, heads);
    }
}
