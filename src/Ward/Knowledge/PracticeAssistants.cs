using System.Collections.Concurrent;
using Ward.Assistant;
using Ward.Assistant.Knowledge;
using Ward.Assistant.Language;
using Ward.Practices;
using Ward.Storage;

namespace Ward.Knowledge;

/// <summary>
/// One assistant per practice, built from its knowledge base in the database and rebuilt only
/// when an entry changed, so the ingest path reads it from memory without a query or a lock.
/// </summary>
internal sealed class PracticeAssistants(WardDatabase database)
{
    private readonly ConcurrentDictionary<string, Built> _byPractice = new(StringComparer.Ordinal);

    /// <summary>The practice's assistant; one with an empty knowledge base (every routine
    /// question goes to staff) until its knowledge base is imported.</summary>
    public AssistantEngine For(PracticeContext practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return _byPractice.TryGetValue(practice.Id, out var built) ? built.Engine
            : _byPractice.GetOrAdd(practice.Id,
                _ => new Built(string.Empty, new AssistantEngine(KnowledgeBase.Empty))).Engine;
    }

    /// <summary>Loads every practice's knowledge base; builds the language models once.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        // Built and run once before the first message: the detector's models load in about a
        // second and its first detection compiles its code, which a patient should not wait for.
        _ = LanguageIdentifier.Shared.Identify("what time do you open on saturday morning",
            null, null, "en");
        await using var db = database.CreateContext();
        var all = await KnowledgeStore.LoadAllAsync(db, cancellationToken);
        foreach (var (practice, rows) in all)
        {
            var fingerprint = string.Join(',', rows.Select(r =>
                $"{r.EntryId}@{r.Version}/{r.UpdatedAtMs}/{r.Position}"));
            if (_byPractice.TryGetValue(practice, out var built) && built.Fingerprint == fingerprint)
            {
                continue;
            }

            var language = rows.GroupBy(r => r.Language).MaxBy(g => g.Count())?.Key ?? "en";
            var engine = new AssistantEngine(KnowledgeStore.ToKnowledgeBase(rows, language));
            _byPractice[practice] = new Built(fingerprint, engine);
        }
    }

    private sealed record Built(string Fingerprint, AssistantEngine Engine);
}
