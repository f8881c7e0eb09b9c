using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Kinlink.Bench;

/// <summary>
/// <c>kinlink-bench pages</c>: the web server on a scale database, as deployed, with auditing on (it is always on).
/// Times the person page, the persons list and the dashboard one request at a time against a trivial endpoint of the
/// same server (/health) in the same run; then wrk against the read API and /health; then the server's peak memory.
/// </summary>
public static partial class PagesRun
{
    private const string Password = "bench-pages-password-20261127";
    private const string CaseworkerEmail = "bench-caseworker@bench.invalid";
    private const string TrivialPath = "/health";

    public static async Task<string> RunAsync(PagesOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var root = RepositoryRoot();
        var webDll = Path.Combine(root, "src/Kinlink.Web/bin/Release/net10.0/Kinlink.Web.dll");
        var cliDll = Path.Combine(root, "src/Kinlink.Cli/bin/Release/net10.0/kinlink.dll");
        foreach (var dll in new[] { webDll, cliDll })
        {
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"{dll} is missing: run dotnet build -c Release first.");
            }
        }

        var database = Path.Combine(options.DataDir, "kinlink.db");
        var sample = DatabaseSample.Read(database, options.Party, options.Requests, options.Seed);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Database: {database}, {sample.Persons:N0} persons (not merged); {sample.Parties.Count} conflict parties"));

        var cli = new KinlinkCli(cliDll, options.DataDir);
        await cli.EnsureAccountAsync(CaseworkerEmail, "caseworker", null, Password, cancellationToken);
        var token = await cli.CreateTokenAsync(CaseworkerEmail, string.Create(CultureInfo.InvariantCulture, $"pages bench {DateTimeOffset.UtcNow:yyyyMMddHHmmss}"), cancellationToken);
        var partyEmail = options.Party is { } code ? $"bench-officer-{code.ToUpperInvariant()}@bench.invalid" : null;
        if (partyEmail is not null)
        {
            await cli.EnsureAccountAsync(partyEmail, "bureau-officer", options.Party, Password, cancellationToken);
        }

        var report = new StringBuilder();
        var loadAtStart = MachineState.LoadAverage();
        var startedAt = DateTimeOffset.UtcNow;
        await using var server = WebServerProcess.Start(webDll, options.DataDir, options.Port);
        log.WriteLine($"Web server: process {server.Id}, {server.BaseAddress}; waiting for it to listen and load its resident index");
        var ready = await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(10), cancellationToken);
        var peakAfterStart = server.StatusMegabytes("VmHWM");
        var residentAfterStart = server.StatusMegabytes("VmRSS");
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ready in {ready.TotalSeconds:0.0} s; VmHWM {peakAfterStart:N0} MB, VmRSS {residentAfterStart:N0} MB"));

        var pageResults = new List<(string Viewer, IReadOnlyList<PageTimings.Result> Results, string LoadBefore, string LoadAfter)>();
        foreach (var (viewer, email) in new[] { ("intermediary caseworker", CaseworkerEmail), (options.Party is null ? null : $"{options.Party} bureau officer", partyEmail) })
        {
            if (viewer is null || email is null)
            {
                continue;
            }

            using var client = await SignInAsync(server.BaseAddress, email, cancellationToken);
            var targets = Targets(sample, viewer.StartsWith("intermediary", StringComparison.Ordinal) ? sample.PersonIds : sample.PartyPersonIds);
            log.WriteLine($"Timing {targets.Count} pages as the {viewer}: {options.WarmUp} warm-up and {options.Requests} timed requests each");
            var loadBefore = MachineState.LoadAverage();
            var results = await PageTimings.RunAsync(client, targets, options.WarmUp, options.Requests, cancellationToken);
            pageResults.Add((viewer, results, loadBefore, MachineState.LoadAverage()));
            foreach (var result in results)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {result.Name,-40} server p50 {Percentiles.Of(result.ServerMs, 50),8:0.00} p95 {Percentiles.Of(result.ServerMs, 95),8:0.00} p99 {Percentiles.Of(result.ServerMs, 99),8:0.00} ms; failures {result.Failures} {result.FirstFailure}"));
            }
        }

        var wrkResults = new List<WrkRun.Result>();
        if (options.WrkSeconds > 0)
        {
            if (!WrkRun.Available())
            {
                throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk (or pass --wrk-seconds 0).");
            }

            var work = Directory.CreateTempSubdirectory("kinlink-wrk-").FullName;
            foreach (var (name, paths) in ApiTargets(sample))
            {
                log.WriteLine($"wrk {options.WrkSeconds} s, {options.WrkConnections} connections, 2 threads: {name}");
                var result = await WrkRun.RunAsync(server.BaseAddress, name, paths, token, options.WrkSeconds, options.WrkConnections, work, cancellationToken);
                wrkResults.Add(result);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {result.RequestsPerSecond:N0} requests/s; p50 {result.P50Ms:0.00} p90 {result.P90Ms:0.00} p99 {result.P99Ms:0.00} ms; non-2xx {result.NonSuccess}, socket errors {result.SocketErrors}"));
            }

            Directory.Delete(work, recursive: true);
        }

        var peakAtEnd = server.StatusMegabytes("VmHWM");
        // The server's own log (start-up, the dashboard's background counts) beside the data, to read after the run.
        await File.WriteAllLinesAsync(Path.Combine(options.DataDir, "web-server.log"), server.Log, cancellationToken);
        var residentAtEnd = server.StatusMegabytes("VmRSS");
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Memory at the end: VmHWM {peakAtEnd:N0} MB, VmRSS {residentAtEnd:N0} MB"));

        report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"### Run of {startedAt:yyyy-MM-dd HH:mm} UTC: {sample.Persons:N0} persons"));
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"- Command: `dotnet run -c Release --project bench/Kinlink.Bench -- pages {Arguments(options)}`");
        report.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineState.Describe()}; shared with other work, load average (1, 5, 15 min) at the start: {loadAtStart}");
        report.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"- Server: Release build, Production environment, SQLite, resident match index loaded (ready {ready.TotalSeconds:0.0} s after start), auditing on; one request at a time, {options.WarmUp} warm-up and {options.Requests} timed requests per page, the pages taking turns"));
        report.AppendLine();
        foreach (var (viewer, results, before, after) in pageResults)
        {
            report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Pages as the {viewer} (load {before} → {after}); server time from the Server-Timing header, ratio against the trivial endpoint's p50 / p95:"));
            report.AppendLine();
            report.AppendLine("| page | server p50 ms | p95 ms | p99 ms | × trivial p50 | × trivial p95 | client p50 ms | client p95 ms | failures |");
            report.AppendLine("|---|---|---|---|---|---|---|---|---|");
            var trivial = results[0];
            foreach (var result in results)
            {
                report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {result.Name} | {Percentiles.Of(result.ServerMs, 50):0.00} | {Percentiles.Of(result.ServerMs, 95):0.00} | {Percentiles.Of(result.ServerMs, 99):0.00} | {Percentiles.Of(result.ServerMs, 50) / Percentiles.Of(trivial.ServerMs, 50):0.0} | {Percentiles.Of(result.ServerMs, 95) / Percentiles.Of(trivial.ServerMs, 95):0.0} | {Percentiles.Of(result.ClientMs, 50):0.00} | {Percentiles.Of(result.ClientMs, 95):0.00} | {result.Failures} |"));
            }

            report.AppendLine();
        }

        if (wrkResults.Count > 0)
        {
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Read API under load: wrk, 2 threads, {options.WrkConnections} connections, {options.WrkSeconds} s per target, loopback, API token of the caseworker; ratio against the trivial endpoint's requests per second:"));
            report.AppendLine();
            report.AppendLine("| target | requests/s | × trivial | p50 ms | p90 ms | p99 ms | requests | non-2xx | socket errors | load after |");
            report.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var result in wrkResults)
            {
                report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {result.Name} | {result.RequestsPerSecond:N0} | {result.RequestsPerSecond / wrkResults[0].RequestsPerSecond:0.00} | {result.P50Ms:0.00} | {result.P90Ms:0.00} | {result.P99Ms:0.00} | {result.Requests:N0} | {result.NonSuccess} | {result.SocketErrors} | {result.Load} |"));
            }

            report.AppendLine();
        }

        report.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Web server memory (/proc/PID/status): peak resident set (VmHWM) {peakAfterStart:N0} MB after start-up and the index load, {peakAtEnd:N0} MB after all the runs; resident now (VmRSS) {residentAfterStart:N0} MB and {residentAtEnd:N0} MB."));
        return report.ToString();
    }

    private static List<PageTarget> Targets(DatabaseSample sample, IReadOnlyList<string> personIds)
    {
        var targets = new List<PageTarget>
        {
            new("trivial endpoint (GET /health)", [TrivialPath]),
            new("dashboard (/)", ["/"]),
            new("person page", [.. personIds.Select(id => $"/Registry/Persons/{id}")]),
            new("persons list, first page", ["/Registry/Persons"]),
            new(string.Create(CultureInfo.InvariantCulture, $"persons list, page {sample.LaterPage:N0}"), [string.Create(CultureInfo.InvariantCulture, $"/Registry/Persons?page={sample.LaterPage}")]),
            new($"persons list, status {sample.Status}", [$"/Registry/Persons?status={Uri.EscapeDataString(sample.Status)}"]),
        };
        if (sample.Parties.Count > 0)
        {
            targets.Add(new PageTarget($"persons list, party {sample.Parties[0]}", [$"/Registry/Persons?party={sample.Parties[0]}"]));
        }

        targets.Add(new PageTarget("persons list, name search", [.. sample.Surnames.Select(name => $"/Registry/Persons?name={Uri.EscapeDataString(name)}")]));
        return targets;
    }

    private static List<(string Name, IReadOnlyList<string> Paths)> ApiTargets(DatabaseSample sample) =>
    [
        ("trivial endpoint (GET /health)", [TrivialPath]),
        ("GET /api/persons/{id}", [.. sample.PersonIds.Select(id => $"/api/persons/{id}")]),
        ("GET /api/persons (first page)", ["/api/persons"]),
        ("GET /api/persons?status=…", [$"/api/persons?status={Uri.EscapeDataString(sample.Status)}"]),
        ("GET /api/persons?name=… (list filter)", [.. sample.Surnames.Select(name => $"/api/persons?name={Uri.EscapeDataString(name)}")]),
        ("GET /api/persons/search?q=… (matching)", [.. sample.FullNames.Select(name => $"/api/persons/search?q={Uri.EscapeDataString(name)}")]),
    ];

    /// <summary>Signs in through the sign-in form, as a person does: the cookie client then opens pages as that account.</summary>
    private static async Task<HttpClient> SignInAsync(Uri baseAddress, string email, CancellationToken cancellationToken)
    {
#pragma warning disable CA2000 // The client owns the handler and disposes of it.
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true, UseCookies = true };
#pragma warning restore CA2000
        var client = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var form = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative), cancellationToken);
        var antiforgery = AntiforgeryField().Match(form);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery field.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value),
        });
        using var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), content, cancellationToken);
        if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/Account", StringComparison.OrdinalIgnoreCase) != false)
        {
            throw new InvalidOperationException($"Signing in as {email} failed: ended at {response.RequestMessage?.RequestUri} ({(int)response.StatusCode}).");
        }

        return client;
    }

    private static string Arguments(PagesOptions o)
    {
        var arguments = string.Create(CultureInfo.InvariantCulture,
            $"--data-dir {o.DataDir} --requests {o.Requests} --warm-up {o.WarmUp} --wrk-seconds {o.WrkSeconds} --wrk-connections {o.WrkConnections} --seed {o.Seed}");
        return o.Party is null ? arguments : $"{arguments} --party {o.Party}";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kinlink.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the bench from the repository's build output (Kinlink.slnx not found above it).");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
