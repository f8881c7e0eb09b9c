using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Kinlink.Bench;

/// <summary>
/// The Kinlink web server as it is deployed (Release build, Production environment, SQLite data directory), in a
/// child process of its own so that its memory is measured alone. The benchmark turns on the Server-Timing header
/// and plain-HTTP cookies (loopback, no TLS) and nothing else.
/// </summary>
public sealed class WebServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private WebServerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public Uri BaseAddress { get; private init; } = null!;

    public static WebServerProcess Start(string webDll, string dataDir, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(webDll);
        start.WorkingDirectory = Path.GetDirectoryName(webDll)!;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Kinlink__DataDirectory"] = Path.GetFullPath(dataDir);
        start.Environment["Kinlink__ServerTiming"] = "true";
        start.Environment["Kinlink__AllowInsecureCookies"] = "true";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The web server did not start.");
        return new WebServerProcess(process) { BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")) };
    }

    /// <summary>Waits until the server listens and its resident match index is loaded (its log says so), as a server in service would be.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var listening = false;
        var indexed = false;
        while (!(listening && indexed))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web server stopped with exit code {_process.ExitCode}:\n{string.Join('\n', _lines.TakeLast(30))}");
            }

            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"The web server was not ready within {limit.TotalSeconds:0} s:\n{string.Join('\n', _lines.TakeLast(30))}");
            }

            listening |= _lines.Any(l => l.Contains("Kinlink is running at", StringComparison.Ordinal));
            indexed |= _lines.Any(l => l.Contains("Resident match index loaded", StringComparison.Ordinal) || l.Contains("Resident match index off", StringComparison.Ordinal));
            await Task.Delay(200, cancellationToken);
        }

        return watch.Elapsed;
    }

    public IReadOnlyList<string> Log => [.. _lines];

    /// <summary>A line of /proc/PID/status in megabytes, such as VmHWM (the peak resident set) or VmRSS.</summary>
    public double StatusMegabytes(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"/proc/{_process.Id}/status has no {field}.");
        var kilobytes = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
