using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Ward.Assistant.Knowledge;
using Ward.Knowledge;

namespace Ward.Cli;

/// <summary><c>ward kb import FILE</c> and <c>ward kb list</c>: the practice's knowledge base,
/// which is all the assistant may answer from. The staff app's Knowledge base page edits single
/// entries through the same reader.</summary>
internal static class KnowledgeCommands
{
    public static Command Create() =>
        new("kb", "The practice's knowledge base for the assistant.") { Import(), List() };

    private static Command Import()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A knowledge base, YAML or JSON." };
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var command = new Command("import",
            "Add or replace entries (by id) from a file; an invalid file changes nothing.")
        {
            file, practice, data,
        };
        command.SetAction((result, cancellationToken) =>
            ImportAsync(result.GetValue(file)!, cancellationToken));
        return command;
    }

    // A practice's knowledge base is a few hundred entries, tens of kilobytes; a file far past
    // that is a mistake (a wrong file, an export of something else), not a knowledge base.
    private const long MaxFileBytes = 2 * 1024 * 1024;

    private static async Task<int> ImportAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var session = CliSession.Current;
        if (!file.Exists)
        {
            throw new CliException($"No such file: {file.FullName}");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new CliException("The file is larger than 2 MiB, which no knowledge base needs: "
                + "check that it is the right file. Nothing was imported.");
        }

        var knowledge = Read(await File.ReadAllTextAsync(file.FullName, cancellationToken));
        var core = session.Core;
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = core.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var (added, updated, unchanged) = await KnowledgeStore.UpsertAsync(db, session.Practice,
            knowledge, session.Principal.ActorId, now, cancellationToken);
        await core.Audit.AppendAsync(db, [CliAudit.Record(session, "knowledge.imported",
            "KnowledgeBase", session.Practice, "entries")], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        Console.WriteLine($"{knowledge.Entries.Count} entries: {added} added, {updated} updated, "
            + $"{unchanged} unchanged.");
        PrintExpired(knowledge.Expired(Today(session)).ToList());
        return 0;
    }

    internal static KnowledgeBase Read(string text)
    {
        try
        {
            return KnowledgeReader.Read(text);
        }
        catch (KnowledgeFormatException e)
        {
            throw new CliException("The knowledge base is invalid:" + Environment.NewLine + "  "
                + string.Join(Environment.NewLine + "  ", e.Problems));
        }
    }

    private static Command List()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var command = new Command("list", "List entries with version, owner and expiry.")
        {
            practice, data,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var session = CliSession.Current;
            await using var db = session.Core.Database.CreateContext();
            var rows = await db.KnowledgeEntries.AsNoTracking()
                .Where(e => e.PracticeId == session.Practice).OrderBy(e => e.Position)
                .ToListAsync(cancellationToken);
            var today = Today(session);
            Console.WriteLine($"{rows.Count} entries in practice \"{session.Practice}\":");
            foreach (var row in rows)
            {
                var expired = row.ExpiresOn is { } last && string.CompareOrdinal(last,
                    today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) < 0;
                Console.WriteLine($"{row.EntryId,-28} v{row.Version,-3} {row.Kind,-10} {row.Language} "
                    + $"owner {row.Owner}  expires {row.ExpiresOn ?? "-"}{(expired ? "  EXPIRED, not used" : "")}");
            }

            return 0;
        });
        return command;
    }

    // An expired entry is no longer used; its owner is named here so they can renew it.
    private static void PrintExpired(List<KnowledgeEntry> expired)
    {
        foreach (var entry in expired)
        {
            Console.Error.WriteLine($"warning: {entry.Id} expired on {entry.ExpiresOn:yyyy-MM-dd} and is "
                + $"not used; its owner {entry.Owner} should renew it.");
        }
    }

    private static DateOnly Today(CliSession session) =>
        DateOnly.FromDateTime(session.Core.Time.GetUtcNow().UtcDateTime);
}
