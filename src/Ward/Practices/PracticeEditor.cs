using System.Text.Json;
using Ward.Access;

namespace Ward.Practices;

/// <summary>
/// Changes one part of a practice's settings from the staff app: the change is applied to the
/// stored practice file and imported again, so the same validator that checks a practice file
/// checks it (each bad field named) and the same importer stores it whole or not at all.
/// </summary>
internal sealed class PracticeEditor(PracticeImporter importer, PracticeDirectory practices)
{
    /// <summary>Adds an agreement; returns the errors (empty when stored).</summary>
    public Task<IReadOnlyList<string>> AddAgreementAsync(string practiceId,
        AgreementSettings agreement, Principal actor, CancellationToken cancellationToken) =>
        ChangeAsync(practiceId, f => f with { Agreements = [.. f.Agreements ?? [], agreement] },
            actor, cancellationToken);

    /// <summary>Sets a channel's PHI policy ("minimum-necessary" or "allowed").</summary>
    public Task<IReadOnlyList<string>> SetPhiPolicyAsync(string practiceId, string channel,
        string policy, Principal actor, CancellationToken cancellationToken) =>
        ChangeAsync(practiceId, f => channel switch
        {
            Ingest.ChannelNames.WhatsApp when f.WhatsApp is not null =>
                f with { WhatsApp = f.WhatsApp with { Phi = policy } },
            Ingest.ChannelNames.Sms when f.Sms is not null =>
                f with { Sms = f.Sms with { Phi = policy } },
            _ => null,
        }, actor, cancellationToken);

    private async Task<IReadOnlyList<string>> ChangeAsync(string practiceId,
        Func<PracticeFile, PracticeFile?> change, Principal actor,
        CancellationToken cancellationToken)
    {
        var practice = practices.ById(practiceId);
        var changed = practice is null ? null : change(practice.Settings);
        if (changed is null)
        {
            return ["channel: the practice has no such channel"];
        }

        var errors = await importer.ImportAsync(
            JsonSerializer.Serialize(changed, PracticeFileReader.Json), actor, cancellationToken);
        if (errors.Count == 0)
        {
            await practices.ReloadAsync(cancellationToken);
        }

        return errors;
    }
}
