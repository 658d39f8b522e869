using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Ward.Compliance.Agreements;
using Ward.Practices;

namespace Ward.Cli;

/// <summary><c>ward agreements list</c>: the vendors that may see PHI, their agreements, and
/// whether each passes the PHI gate today.</summary>
internal static class AgreementCommands
{
    public static Command Create() => new("agreements", "Agreements (BAA/DPA) on file.") { List() };

    private static Command List()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var command = new Command("list", "List agreements and the PHI gate's verdict for each.")
        {
            practice, data,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var session = CliSession.Current;
            var context = await CliPractices.LoadAsync(session, cancellationToken);
            await using var db = session.Core.Database.CreateContext();
            var rows = await db.Agreements.AsNoTracking()
                .Where(a => a.PracticeId == session.Practice).OrderBy(a => a.Vendor)
                .ToListAsync(cancellationToken);
            var regime = Regimes.ForCountry(context.Settings.Country);
            var today = DateOnly.FromDateTime(session.Core.Time.GetUtcNow().UtcDateTime);
            Console.WriteLine($"{rows.Count} agreement(s); regime {regime}, today {today:yyyy-MM-dd}");
            foreach (var row in rows)
            {
                var agreement = AgreementRows.ToAgreement(row);
                var gate = PhiGate.Check([agreement], row.Vendor, regime, today);
                Console.WriteLine($"{row.Vendor,-16} {row.Service,-9} {row.Kind} executed "
                    + $"{row.ExecutedOn} notice {row.BreachNoticeDays?.ToString() ?? "-"} days "
                    + $"ends: {row.Termination}{(row.TerminatedOn is null ? "" : " on " + row.TerminatedOn)}"
                    + $"  gate: {(gate.Allowed ? "passes" : "refuses (" + gate.Reason + ")")}");
            }

            await CliAudit.RecordAsync(session, "agreements.read", "Agreement", session.Practice,
                "vendor,kind,dates", cancellationToken, "compliance");
            return 0;
        });
        return command;
    }
}
