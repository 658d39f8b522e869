using Ward.Security.Keys;

namespace Ward.Practices;

/// <summary>A loaded practice: its settings, decrypted, and its keys, unwrapped.</summary>
internal sealed record PracticeContext(PracticeFile Settings, PracticeKeys Keys)
{
    public string Id => Settings.Id;

    public string Language => Ingest.Regions.DefaultLanguage(Settings.Country);
}
