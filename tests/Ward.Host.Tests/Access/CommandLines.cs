using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Access;

/// <summary>A well-formed call of each practice command, so that only the access check can
/// refuse it.</summary>
internal static class CommandLines
{
    public const string Practice = "sunrise-family";

    public static string[] For(string command, string folder) => command switch
    {
        "practice import" => ["practice", "import", PracticeFile(folder)],
        "practice export" => ["practice", "export", "--practice", Practice],
        "practice export --include-secrets" =>
            ["practice", "export", "--practice", Practice, "--include-secrets"],
        "audit export" => ["audit", "export", "--practice", Practice, "--from", "2026-01-01",
            "--to", "2026-12-31", "--out", Path.Combine(folder, "pack")],
        "conversation show" => ["conversation", "show", "--practice", Practice,
            "--conversation", "c-1"],
        "patient export" => ["patient", "export", "--practice", Practice, "--patient", "p-1",
            "--out", Path.Combine(folder, "p.json")],
        "patient erase" => ["patient", "erase", "--practice", Practice, "--patient", "p-1"],
        "patient set-dob" => ["patient", "set-dob", "--practice", Practice, "--phone",
            "+15550100123", "--dob", "1980-04-12"],
        "consent record" => ["consent", "record", "--practice", Practice, "--patient", "p-1",
            "--purpose", "marketing", "--choice", "granted", "--text", "May we send offers?",
            "--language", "en", "--channel", "paper"],
        "breach add" => ["breach", "add", "--practice", Practice, "--summary", "lost laptop"],
        "breach notify" => ["breach", "notify", "--practice", Practice, "--id", "b-1", "--to",
            "hhs"],
        "review add" => ["review", "add", "--practice", Practice, "--kind", "risk-analysis",
            "--completed", "2026-11-01", "--notes", "done"],
        "staff invite" => ["staff", "invite", "--practice", Practice, "--staff",
            TestPractices.FrontDesk],
        "kb import" => ["kb", "import", Path.Combine(folder, "knowledge.yaml"), "--practice", Practice],
        _ => [.. command.Split(' '), "--practice", Practice],
    };

    private static string PracticeFile(string folder)
    {
        var path = Path.Combine(folder, "practice.json");
        File.WriteAllText(path, TestPractices.UnitedStatesWithStaff());
        return path;
    }
}
