using System.Security.Cryptography;
using System.Text;
using Ward.Compliance.AuditPack;
using Ward.Security.Audit;

namespace Ward.Compliance.Tests.AuditPack;

/// <summary>A practice's real audit chain and the contents of a pack for the first quarter of
/// 2026: event 1 lies before the range (the anchor), events 2 to 6 inside it (on its first
/// and last instants too), event 7 after it (the head at export).</summary>
internal static class AuditPackTestData
{
    public const string PracticeId = "practice-a";
    public static readonly DateOnly From = new(2026, 1, 1);
    public static readonly DateOnly To = new(2026, 3, 31);

    private static readonly (string At, string Actor, string ActorId, string Action,
        string Type, string Id, string Outcome)[] Rows =
    [
        ("2025-12-31T23:59:59.999Z", "user", "u-1", "practice.imported", "Practice",
            PracticeId, "success"),
        ("2026-01-01T00:00:00.000Z", "user", "u-7", "patient.viewed", "Patient", "pt-1",
            "success"),
        ("2026-01-15T10:30:00.000Z", "patient", "pt-1", "message.received", "Message", "m-1",
            "success"),
        ("2026-02-10T08:00:00.000Z", "user", "u-7", "consent.updated", "Consent", "c-1",
            "success"),
        ("2026-03-01T12:00:00.000Z", "provider", "whatsapp", "webhook.rejected", "Webhook",
            "whatsapp", "signature-invalid"),
        ("2026-03-31T23:59:59.999Z", "system", "retention", "message.purged", "Message", "m-1",
            "success"),
        ("2026-04-01T00:00:00.000Z", "system", "dispatcher", "message.sent", "Message", "m-2",
            "success"),
    ];

    /// <summary>Events 1 to 7 of the practice, sealed into one chain from the genesis
    /// hash.</summary>
    public static IReadOnlyList<AuditEntry> Chain()
    {
        var previous = AuditChain.GenesisHash;
        var chain = new List<AuditEntry>();
        foreach (var row in Rows)
        {
            var entry = AuditChain.Seal(new AuditEntry(chain.Count + 1, PracticeId,
                DateTimeOffset.Parse(row.At, null).ToUnixTimeMilliseconds(), row.Actor,
                row.ActorId, row.Action, row.Type, row.Id, "status,fields", "treatment",
                row.Outcome, "203.0.113.7", previous, ""));
            chain.Add(entry);
            previous = entry.Hash;
        }

        return chain;
    }

    /// <summary>The pack of the quarter: events 2 to 6, anchored on event 1, head event
    /// 7.</summary>
    public static AuditPackContents Contents()
    {
        var chain = Chain();
        return new AuditPackContents(PracticeId, "Test Family Clinic", From, To,
            new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero),
            new ChainAnchor(chain[0].Sequence, chain[0].Hash),
            new ChainAnchor(chain[6].Sequence, chain[6].Hash),
            chain.Skip(1).Take(5).ToList(),
            Documents());
    }

    public static Dictionary<string, byte[]> Documents() => new()
    {
        ["agreements.json"] = Encoding.UTF8.GetBytes("[{\"vendor\":\"sms\",\"kind\":\"BAA\"}]"),
        ["access-matrix.md"] = Encoding.UTF8.GetBytes("| role | permission |\n|---|---|\n"),
    };

    public static ECDsa NewKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The key id the brief defines: the first 16 hex characters of the SHA-256 of
    /// the SubjectPublicKeyInfo.</summary>
    public static string KeyIdOf(ECDsa key) =>
        Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
}
