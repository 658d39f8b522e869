using System.CommandLine;
using Ward.Posture;

namespace Ward.Cli;

/// <summary><c>ward doctor</c>: what stands between the practice and a defensible
/// posture.</summary>
internal static class DoctorCommand
{
    public static Command Create()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var command = new Command("doctor", "List what stands between the practice and a "
            + "defensible compliance posture; exit 1 when a gap remains.") { practice, data };
        command.SetAction(async (result, cancellationToken) =>
        {
            var session = CliSession.Current;
            var context = await CliPractices.LoadAsync(session, cancellationToken);
            var findings = await new PostureCheck(session.Core).RunAsync(context, cancellationToken);
            var gaps = findings.Count(f => f.Level == FindingLevel.Gap);
            Console.WriteLine($"{context.Id}: {gaps} gap(s), {findings.Count - gaps} advice");
            await using (var db = session.Core.Database.CreateContext())
            {
                var key = await Ward.Storage.Audit.AuditSigningKeys.LoadNewestAsync(db, cancellationToken);
                Console.WriteLine(key is null
                    ? "  audit signing key: none yet (made at the first export or purge)"
                    : $"  audit signing key: {key.Id} (publish it; inspectors compare audit packs with it)");
            }

            foreach (var f in findings.OrderByDescending(f => f.Level))
            {
                Console.WriteLine($"  [{(f.Level == FindingLevel.Gap ? "GAP" : "advice")}] "
                    + $"{f.Area}: {f.What}");
                Console.WriteLine($"      fix: {f.Fix}");
            }

            await CliAudit.RecordAsync(session, "posture.checked", "Practice", context.Id,
                $"gaps:{gaps}", cancellationToken, "compliance");
            return gaps > 0 ? 1 : 0;
        });
        return command;
    }
}
