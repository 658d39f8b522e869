using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Ward.AuditPacks;
using Ward.Compliance.AuditPack;
using Ward.Storage.Audit;

namespace Ward.Cli;

/// <summary><c>ward audit verify | list | export</c>: the audit trail, its proof, and the pack
/// for an inspector.</summary>
internal static class AuditCommands
{
    public static Command Create() => new("audit", "The audit trail.")
    {
        Verify(), List(), Export(),
    };

    private static Command Verify()
    {
        var data = CommonOptions.Data();
        var practice = new Option<string?>("--practice")
        {
            Description = "The practice whose staff list --user is looked up in.",
        };
        var pack = new Option<DirectoryInfo?>("--pack")
        {
            Description = "Verify an exported audit pack offline instead of the database.",
        };
        var command = new Command("verify", "Verify the hash chains (or an audit pack); exit 0 "
            + "when intact, 1 naming the first broken event.") { data, practice, pack };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(pack) is { } folder)
            {
                return await VerifyPackAsync(folder);
            }

            var core = CliSession.Current.Core;
            var verification = await new AuditVerifier(core.Database).VerifyAsync(cancellationToken);
            if (verification.FirstBreak is { } broken)
            {
                await Console.Error.WriteLineAsync(
                    $"Audit log BROKEN at practice \"{broken.PracticeId}\", event " +
                    $"#{broken.Sequence}: {broken.Reason}. ({verification.EventsChecked} events read)");
                return 1;
            }

            Console.WriteLine($"Audit log intact: {verification.EventsChecked} events verified.");
            return 0;
        });
        return command;
    }

    private static async Task<int> VerifyPackAsync(DirectoryInfo folder)
    {
        var report = AuditPackVerifier.Verify(folder.FullName);
        if (!report.Valid)
        {
            await Console.Error.WriteLineAsync($"Audit pack NOT valid: {report.Problems[0]}");
            foreach (var more in report.Problems.Skip(1).Take(9))
            {
                await Console.Error.WriteLineAsync("  also: " + more);
            }

            return 1;
        }

        Console.WriteLine($"Audit pack valid: practice {report.PracticeId}, {report.From:yyyy-MM-dd}"
            + $" to {report.To:yyyy-MM-dd}, {report.EventCount} events (#{report.FirstSequence} to "
            + $"#{report.LastSequence}), signed by key {report.KeyId}. Compare the key id with the "
            + "one the practice publishes.");
        return 0;
    }

    private static Command List()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var range = new DateRangeOptions();
        var command = new Command("list", "Print a practice's audit events (who, what, which "
            + "record, why, outcome; never content).") { practice, data, range.From, range.To };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (fromMs, toMs) = range.ReadMs(result);
            var session = CliSession.Current;
            await using var db = session.Core.Database.CreateContext();
            var events = await db.AuditEvents.AsNoTracking()
                .Where(e => e.PracticeId == session.Practice && e.OccurredAtMs >= fromMs
                    && e.OccurredAtMs < toMs)
                .OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
            foreach (var e in events)
            {
                Console.WriteLine($"#{e.Sequence} {DateTimeOffset.FromUnixTimeMilliseconds(e.OccurredAtMs):u} "
                    + $"{e.ActorType}:{e.ActorId} {e.Action} {e.ResourceType}/{e.ResourceId} "
                    + $"[{e.Fields}] purpose={e.Purpose} outcome={e.Outcome}");
            }

            await CliAudit.RecordAsync(session, "audit.read", "AuditTrail", session.Practice,
                $"events:{events.Count}", cancellationToken, "compliance");
            return 0;
        });
        return command;
    }

    private static Command Export()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var range = new DateRangeOptions(required: true);
        var output = new Option<DirectoryInfo>("--out")
        {
            Required = true, Description = "The folder to write (new or empty).",
        };
        var command = new Command("export", "Write a signed audit pack for an inspector: events "
            + "with chain proof, FHIR AuditEvents, agreements, breaches, consents, reviews, "
            + "access matrix.") { practice, data, range.From, range.To, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (from, to) = range.Read(result);
            var session = CliSession.Current;
            var context = await CliPractices.LoadAsync(session, cancellationToken);
            var folder = result.GetValue(output)!;
            if (folder.Parent is not { Exists: true })
            {
                throw new CliException($"The folder {folder.Parent?.FullName} does not exist; "
                    + "the pack goes into a new or empty folder inside an existing one.");
            }

            var count = await new AuditPackExporter(session.Core).ExportAsync(context, from, to,
                folder.FullName, session.Principal, cancellationToken);
            Console.WriteLine($"Wrote an audit pack of {count} events to {folder.FullName}. "
                + $"Check it with: ward audit verify --pack {folder.FullName}");
            return 0;
        });
        return command;
    }
}
