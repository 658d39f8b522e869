using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ward.Assistant.Knowledge;
using Ward.Practices;
using Ward.Staff;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Knowledge;

/// <summary>
/// Edits the knowledge base from the staff app. A change is written into the entry's file
/// form and read back by <see cref="KnowledgeReader"/>, the reader <c>ward kb import</c> uses,
/// so both judge an entry the same way; a bad field saves nothing. Each save bumps the
/// version, is audited in the same transaction and rebuilds the practice's assistant.
/// </summary>
internal sealed class KnowledgeEditor(WardDatabase database, AuditLog audit,
    PracticeDirectory practices, PracticeAssistants assistants, TimeProvider time)
{
    private const string EntryPath = "entries[0].";

    public async Task<List<KnowledgeEntryRow>> ListAsync(
        string practiceId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.KnowledgeEntries.AsNoTracking().Where(e => e.PracticeId == practiceId)
            .OrderBy(e => e.Position).ThenBy(e => e.EntryId).ToListAsync(cancellationToken);
    }

    public async Task<KnowledgeEntry?> FindAsync(
        string practiceId, string entryId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await db.KnowledgeEntries.AsNoTracking().SingleOrDefaultAsync(
            e => e.PracticeId == practiceId && e.EntryId == entryId, cancellationToken);
        return row is null ? null : KnowledgeJson.Read(row.Document);
    }

    public async Task<KnowledgeSaveResult> SaveAsync(string practiceId, string staffId,
        KnowledgeEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var practice = practices.ById(practiceId) ?? throw new InvalidOperationException(
            "The signed-in member's practice is not loaded.");
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.KnowledgeEntries.SingleOrDefaultAsync(
            e => e.PracticeId == practiceId && e.EntryId == edit.EntryId, cancellationToken);
        if (Conflict(row, edit) is { } conflict)
        {
            return Refused(conflict);
        }

        var file = row is null ? NewFile(practice, staffId, edit.EntryId)
            : KnowledgeFile.ToFile(KnowledgeJson.Read(row.Document));
        file["version"] = (row?.Version ?? 0) + 1;
        if (Apply(file, edit) is { } bad)
        {
            return Refused(bad);
        }

        KnowledgeEntry entry;
        try
        {
            entry = KnowledgeReader.Read(new JsonObject { ["entries"] = new JsonArray(file) }
                .ToJsonString()).Entries[0];
        }
        catch (KnowledgeFormatException e)
        {
            return new KnowledgeSaveResult([.. e.Problems.Select(WithoutEntryPath)], null);
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var added = await KnowledgeStore.SaveEntryAsync(db, practiceId, entry, staffId, now,
            cancellationToken);
        await audit.AppendAsync(db, [StaffAudit.Event(practiceId, staffId,
            added ? "knowledge.added" : "knowledge.edited", "KnowledgeEntry",
            $"{entry.Id}@{entry.Version}", "title,answer,keywords,expires,translations",
            purpose: "operations")], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await assistants.ReloadAsync(cancellationToken);
        return new KnowledgeSaveResult([], entry.Version);
    }

    private static string? Conflict(KnowledgeEntryRow? row, KnowledgeEdit edit) =>
        edit.EditedVersion switch
        {
            null when row is not null => "id: an entry with this id exists already",
            null => null,
            _ when row is null => "id: no such entry",
            { } shown when shown != row.Version =>
                "version: the entry changed since you opened it; reload the page",
            _ => null,
        };

    private static JsonObject NewFile(PracticeContext practice, string staffId, string id) => new()
    {
        ["id"] = id.Trim(), ["kind"] = "faq", ["owner"] = staffId,
        ["language"] = practice.Language,
    };

    // Null when the form's fields could be put into the file; the reader judges the values.
    private static string? Apply(JsonObject file, KnowledgeEdit edit)
    {
        // An emptied field is an absent one, which the reader names as required.
        SetOrRemove(file, "title", edit.Title);
        SetOrRemove(file, "answer", edit.Answer);
        file["keywords"] = KnowledgeFile.Strings(edit.Keywords.Split(',',
            StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        file.Remove("expires");
        if (!string.IsNullOrWhiteSpace(edit.Expires))
        {
            file["expires"] = edit.Expires.Trim();
        }

        file.Remove("translations");
        if (string.IsNullOrWhiteSpace(edit.Translations))
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(edit.Translations) is not JsonObject translations)
            {
                return "translations: must be an object of language codes";
            }

            file["translations"] = translations;
            return null;
        }
        catch (JsonException)
        {
            return "translations: not valid JSON";
        }
    }

    private static void SetOrRemove(JsonObject file, string name, string value)
    {
        file.Remove(name);
        if (!string.IsNullOrWhiteSpace(value))
        {
            file[name] = value.Trim();
        }
    }

    private static KnowledgeSaveResult Refused(string problem) => new([problem], null);

    private static string WithoutEntryPath(string problem) =>
        problem.StartsWith(EntryPath, StringComparison.Ordinal) ? problem[EntryPath.Length..]
            : problem;
}
