using Ward.Practices;

namespace Ward.Cli;

/// <summary>Loads the session's practice (settings decrypted, keys opened) for a
/// command.</summary>
internal static class CliPractices
{
    public static async Task<PracticeContext> LoadAsync(
        CliSession session, CancellationToken cancellationToken)
    {
        var directory = new PracticeDirectory(session.Core.Database, session.Core.PracticeKeys);
        await directory.ReloadAsync(cancellationToken);
        return directory.ById(session.Practice)
            ?? throw new CliException($"No practice with id \"{session.Practice}\".");
    }
}
