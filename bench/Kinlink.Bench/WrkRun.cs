using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kinlink.Bench;

/// <summary>
/// HTTP throughput under concurrent load with wrk (Debian's package), on loopback: a Lua script sends the paths in
/// turn with the API token, and the summary (requests per second, latency percentiles, errors) is read back.
/// </summary>
public static partial class WrkRun
{
    public sealed record Result(string Name, double RequestsPerSecond, double P50Ms, double P90Ms, double P99Ms, long Requests, long NonSuccess, long SocketErrors, string Load);

    public static bool Available() => File.Exists("/usr/bin/wrk");

    public static async Task<Result> RunAsync(Uri baseAddress, string name, IReadOnlyList<string> paths, string? token, int seconds, int connections, string workDir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(paths);
        var script = Path.Combine(workDir, $"wrk-{Slug().Replace(name, "-")}.lua");
        await File.WriteAllTextAsync(script, LuaScript(paths, token), cancellationToken);
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "10s", "-s", script, baseAddress.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {output}{error}");
        }

        return Parse(name, output, MachineState.LoadAverage());
    }

    public static Result Parse(string name, string output, string load)
    {
        ArgumentNullException.ThrowIfNull(output);
        double Latency(string percent) => Milliseconds(Regex.Match(output, $@"^\s*{percent}%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value);
        long Count(string pattern) => Regex.Match(output, pattern) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socketErrors = Regex.Match(output, @"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)") is { Success: true } s
            ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        return new Result(
            name,
            double.Parse(Regex.Match(output, @"Requests/sec:\s+(\S+)").Groups[1].Value, CultureInfo.InvariantCulture),
            Latency("50"), Latency("90"), Latency("99"),
            Count(@"(\d+) requests in"),
            Count(@"Non-2xx or 3xx responses: (\d+)"),
            socketErrors,
            load);
    }

    /// <summary>wrk prints durations as 812.00us, 1.23ms, 2.01s or 1.5m.</summary>
    private static double Milliseconds(string text)
    {
        var unit = UnitPattern().Match(text);
        if (!unit.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(unit.Groups[1].Value, CultureInfo.InvariantCulture);
        return unit.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            "m" => value * 60_000,
            _ => double.NaN,
        };
    }

    private static string LuaScript(IReadOnlyList<string> paths, string? token)
    {
        var lua = new StringBuilder();
        lua.AppendLine("local paths = {");
        foreach (var path in paths)
        {
            lua.Append("  \"").Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).AppendLine("\",");
        }

        lua.AppendLine("}");
        if (token is not null)
        {
            lua.Append("wrk.headers[\"Authorization\"] = \"Bearer ").Append(token).AppendLine("\"");
        }

        // Each thread starts at its own place in the list, so the two threads do not ask for the same person together.
        lua.AppendLine("local i = 0");
        lua.AppendLine("function setup(thread) thread:set(\"offset\", math.random(#paths)) end");
        lua.AppendLine("function request()");
        lua.AppendLine("  i = i + 1");
        lua.AppendLine("  return wrk.format(\"GET\", paths[((i + (offset or 0)) % #paths) + 1])");
        lua.AppendLine("end");
        return lua.ToString();
    }

    [GeneratedRegex(@"^([\d.]+)(us|ms|s|m)$")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex Slug();
}
