using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Kinlink.Integration.Tests.Cluster;

/// <summary>
/// The built web app (Kinlink.Web.dll) as a process of its own, as it runs in production: settings by environment,
/// a free loopback port of its own choosing, its console kept for the failure message.
/// </summary>
internal sealed partial class WebServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _indexLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebServerProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public Uri Address => _listening.Task.IsCompletedSuccessfully ? _listening.Task.Result : throw new InvalidOperationException($"Server {Name} is not running.");

    /// <summary>What the server wrote to its console so far, for assertion messages.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the server; <see cref="WaitUntilReadyAsync"/> waits until it answers.</summary>
    public static WebServerProcess Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var dll = WebAppPath();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        // Nothing from the test run's own environment decides where this server's data goes.
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("Kinlink", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("Database__", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(variable);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new WebServerProcess(name, process);
        process.OutputDataReceived += (_, e) => server.Read(e.Data);
        process.ErrorDataReceived += (_, e) => server.Read(e.Data);
        process.Exited += (_, _) => server._listening.TrySetException(new InvalidOperationException($"Server {name} exited with code {process.ExitCode}:\n{server.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until the server listens and its health check answers 200 (migrated, database reachable).</summary>
    public async Task WaitUntilReadyAsync()
    {
        var address = await _listening.Task.WaitAsync(StartTimeout);
        using var client = new HttpClient { BaseAddress = address };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Server {Name} at {address} did not become healthy:\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the server's resident match index is loaded, so that searches run on it rather than on the stored keys.</summary>
    public Task WaitForResidentIndexAsync() => _indexLoaded.Task.WaitAsync(StartTimeout);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["address"].Value));
        }

        if (line.Contains("Resident match index loaded", StringComparison.Ordinal))
        {
            _indexLoaded.TrySetResult();
        }
    }

    /// <summary>The web app as built beside the tests (the test project references it, so a test build builds it).</summary>
    private static string WebAppPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Kinlink.Web.dll");
        return File.Exists(path) && File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json"))
            ? path
            : throw new InvalidOperationException($"{path} (with its runtimeconfig.json) is missing: build tests/Kinlink.Integration.Tests first.");
    }

    [GeneratedRegex(@"Kinlink is running at (?<address>http://[^\s]+)")]
    private static partial Regex ListeningLine();
}
