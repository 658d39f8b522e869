using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Ward.Benchmarks.Ingest;

/// <summary>
/// The real server as a child process (<c>dotnet ward.dll serve</c>) on a loopback port, with
/// its provider URLs pointed at the stand-in and a fresh data directory.
/// </summary>
internal sealed class WardProcess : IAsyncDisposable
{
    public const string AppSecret = "bench-secret";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ProcessOutput _output;

    private WardProcess(Process process, ProcessOutput output, Uri baseUrl)
    {
        _process = process;
        _output = output;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>Imports the bench practice, starts the server and waits for /healthz.</summary>
    public static async Task<WardProcess> StartAsync(
        string wardDll, string dataDirectory, Uri standIn, CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var environment = Environment(standIn, baseUrl);

        var practiceFile = Path.Combine(dataDirectory, "bench-practice.json");
        await File.WriteAllTextAsync(practiceFile, BenchPractice.Json, cancellationToken);
        string[] import = [wardDll, "practice", "import", practiceFile, "--data", dataDirectory];
        await ProcessOutput.RunToEndAsync(import, environment, StartTimeout, cancellationToken);

        string[] serve = [wardDll, "serve", "--urls", baseUrl.ToString(), "--data", dataDirectory];
        var (process, output) = ProcessOutput.Start(serve, environment);
        var server = new WardProcess(process, output, baseUrl);
        try
        {
            await server.WaitHealthyAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Resident set size now and at its peak, in MB, from /proc.</summary>
    /// <summary>CPU time the server process has used so far (user and system).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public (double RssMb, double PeakMb) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        return (Kilobytes(status, "VmRSS:") / 1024.0, Kilobytes(status, "VmHWM:") / 1024.0);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var health = new Uri(BaseUrl, "/healthz");
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < StartTimeout && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(health, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new InvalidOperationException(
            "ward serve did not become healthy. Its last output:\n" + _output.Tail());
    }

    private static Dictionary<string, string> Environment(Uri standIn, Uri baseUrl)
    {
        var root = standIn.ToString().TrimEnd('/');
        return new Dictionary<string, string>
        {
            ["Ward__WhatsApp__GraphBaseUrl"] = root + "/v23.0",
            ["Ward__Twilio__ApiBaseUrl"] = root,
            ["Ward__PagerDuty__EventsUrl"] = root + "/v2/enqueue",
            ["Ward__PublicBaseUrl"] = baseUrl.ToString().TrimEnd('/'),
            ["Ward__Keys__MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Logging__LogLevel__Default"] = "Warning",
        };
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static long Kilobytes(string[] status, string field)
    {
        var line = status.First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0]);
    }
}
