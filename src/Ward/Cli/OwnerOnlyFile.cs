namespace Ward.Cli;

/// <summary>Writes a file that holds patient data readable by its owner only, from its first
/// byte.</summary>
internal static class OwnerOnlyFile
{
    public static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options);
        await writer.WriteAsync(text.AsMemory(), cancellationToken);
    }
}
