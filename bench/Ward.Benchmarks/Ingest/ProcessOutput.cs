using System.Diagnostics;

namespace Ward.Benchmarks.Ingest;

/// <summary>
/// Starts <c>dotnet</c> with arguments and keeps the last lines it writes, so that a failure can
/// say why without the child ever blocking on a full pipe.
/// </summary>
internal sealed class ProcessOutput
{
    private const int KeptLines = 40;
    private readonly Queue<string> _lines = new();

    public static (Process Process, ProcessOutput Output) Start(
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new ProcessOutput();
        var process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start " + start.FileName);
        process.OutputDataReceived += (_, e) => output.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => output.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    /// <summary>Runs a command to its end; anything but exit code 0 is an error.</summary>
    public static async Task RunToEndAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var (process, output) = Start(arguments, environment);
        using (process)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}:\n"
                    + output.Tail());
            }
        }
    }

    public string Tail()
    {
        lock (_lines)
        {
            return string.Join('\n', _lines);
        }
    }

    // DOTNET_HOST_PATH names the running dotnet host when set; otherwise PATH decides.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path
            ? path
            : "dotnet";

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }
        }
    }
}
