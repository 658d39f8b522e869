using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Ward.PatientRights;
using Ward.Practices;

namespace Ward.Cli;

/// <summary><c>ward conversation show</c>: reads one thread; an audited read of PHI.</summary>
internal static class ConversationCommands
{
    public static Command Create() => new("conversation", "Patient threads.") { Show() };

    private static Command Show()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var id = new Option<string>("--conversation")
        {
            Required = true, Description = "The conversation id (as in a page's inbox link).",
        };
        var command = new Command("show", "Print a conversation's messages.") { practice, data, id };
        command.SetAction((result, cancellationToken) =>
            ShowAsync(result.GetValue(id)!, cancellationToken));
        return command;
    }

    private static async Task<int> ShowAsync(string conversationId, CancellationToken cancellationToken)
    {
        var session = CliSession.Current;
        var context = await CliPractices.LoadAsync(session, cancellationToken);
        await using var db = session.Core.Database.CreateContext();
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(
            c => c.PracticeId == session.Practice && c.Id == conversationId, cancellationToken)
            ?? throw new CliException($"No conversation \"{conversationId}\" in practice "
                + $"\"{session.Practice}\".");
        var vault = new PatientVault(db, context);
        var patient = await db.Patients.AsNoTracking()
            .SingleAsync(p => p.Id == conversation.PatientId, cancellationToken);
        var cipher = await vault.CipherAsync(patient, cancellationToken);
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id).OrderBy(m => m.CreatedAtMs)
            .ThenBy(m => m.Direction)
            .ToListAsync(cancellationToken);

        await CliAudit.RecordAsync(session, "conversation.read", "Conversation",
            conversation.Id, "messages.body", cancellationToken,
            session.BreakGlass ? "break-glass" : "treatment");
        Console.WriteLine($"Conversation {conversation.Id} on {conversation.Channel}, "
            + $"patient {patient.Id}");
        foreach (var m in messages)
        {
            var text = vault.Open(cipher, m.BodyCipher, PracticeFields.MessageBody) ?? "(erased)";
            var at = DateTimeOffset.FromUnixTimeMilliseconds(m.CreatedAtMs);
            Console.WriteLine($"{at:u} {(m.Direction == "in" ? "patient " : "practice")} "
                + $"[{m.Category ?? m.DeliveryStatus}] {text}");
        }

        return 0;
    }
}
