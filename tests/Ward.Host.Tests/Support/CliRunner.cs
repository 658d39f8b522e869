using Ward.Cli;

namespace Ward.Host.Tests.Support;

/// <summary>
/// Runs <c>ward</c> commands in-process against a test server's store, with the server's own
/// configuration (its master key and database), and captures what they print. Console output
/// is process-wide, so runs take turns.
/// </summary>
internal static class CliRunner
{
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>Runs a command; <c>--data</c> is added for the server's data
    /// directory.</summary>
    public static async Task<CliResult> RunAsync(WardTestServer ward, params string[] args)
    {
        await Turn.WaitAsync();
        var (stdout, stderr) = (Console.Out, Console.Error);
        try
        {
            using var output = new StringWriter();
            using var errors = new StringWriter();
            Console.SetOut(output);
            Console.SetError(errors);
            var code = await WardCommandLine.RunAsync([.. args, "--data", ward.Database.DataDirectory],
                ward.App.Configuration);
            return new CliResult(code, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Turn.Release();
        }
    }

    /// <summary>Runs only the access check of a command: 0 allowed, 3 refused, 2 a
    /// mistake.</summary>
    public static Task<int> CheckAccessAsync(WardTestServer ward, params string[] args) =>
        WardCommandLine.CheckAccessAsync([.. args, "--data", ward.Database.DataDirectory],
            ward.App.Configuration);
}

/// <summary>What a command returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Errors);
