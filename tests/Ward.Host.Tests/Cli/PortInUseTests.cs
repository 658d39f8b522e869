using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Ward.Host.Tests.Cli;

/// <summary>A port already in use: one line that says so and a non-zero exit, no stack
/// trace.</summary>
public sealed class PortInUseTests
{
    [Theory]
    [InlineData("serve")]
    [InlineData("demo")]
    public async Task PortInUse_OneLineAndNonZeroExit(string verb)
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var data = Directory.CreateTempSubdirectory("ward-port-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ward.dll"), verb, "--urls",
                $"http://127.0.0.1:{port}", "--data", data },
            RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["Ward__Keys__MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("already in use", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await output, StringComparison.Ordinal);
        Directory.Delete(data, recursive: true);
    }
}
