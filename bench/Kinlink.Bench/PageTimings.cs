using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Kinlink.Bench;

/// <summary>
/// Times pages one request at a time, the pages taking turns request by request (so load on the machine falls on
/// all of them alike): the server's own time from its Server-Timing header, and the time the client waited.
/// </summary>
public static class PageTimings
{
    public sealed record Result(string Name, IReadOnlyList<double> ServerMs, IReadOnlyList<double> ClientMs, int Failures, string? FirstFailure);

    public static async Task<IReadOnlyList<Result>> RunAsync(HttpClient client, IReadOnlyList<PageTarget> targets, int warmUp, int requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(targets);
        var server = targets.Select(_ => new List<double>(requests)).ToArray();
        var waited = targets.Select(_ => new List<double>(requests)).ToArray();
        var failures = new int[targets.Count];
        var firstFailure = new string?[targets.Count];
        for (var request = 0; request < warmUp + requests; request++)
        {
            for (var turn = 0; turn < targets.Count; turn++)
            {
                // The order rotates, so no page always runs right after the same other page.
                var t = (turn + request) % targets.Count;
                var path = targets[t].PathAt(request);
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
                watch.Stop();
                if (request < warmUp)
                {
                    continue;
                }

                if (response.StatusCode != HttpStatusCode.OK || response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/Account", StringComparison.Ordinal) == true)
                {
                    failures[t]++;
                    firstFailure[t] ??= $"{path}: {(int)response.StatusCode} {response.RequestMessage?.RequestUri}";
                    continue;
                }

                server[t].Add(ServerMilliseconds(response) ?? double.NaN);
                waited[t].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return [.. targets.Select((target, i) => new Result(target.Name, Sorted(server[i]), Sorted(waited[i]), failures[i], firstFailure[i]))];
    }

    /// <summary>The duration of the app entry of Server-Timing (<c>app;dur=12.3</c>), null when the server sent none.</summary>
    public static double? ServerMilliseconds(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return null;
        }

        foreach (var entry in values.SelectMany(v => v.Split(',')))
        {
            var parts = entry.Split(';', StringSplitOptions.TrimEntries);
            if (parts[0] == "app" && parts.FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal)) is { } duration
                && double.TryParse(duration[4..], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                return ms;
            }
        }

        return null;
    }

    private static List<double> Sorted(List<double> values)
    {
        values.Sort();
        return values;
    }
}
