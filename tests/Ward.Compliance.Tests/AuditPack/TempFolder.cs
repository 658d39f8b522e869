namespace Ward.Compliance.Tests.AuditPack;

/// <summary>A folder of its own under the temp path for one test; removed at the end.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "ward-auditpack-tests",
            Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The test's folder; created empty.</summary>
    public string Root { get; }

    /// <summary>A path inside the test's folder that does not exist yet.</summary>
    public string Pack => Path.Combine(Root, "pack");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
