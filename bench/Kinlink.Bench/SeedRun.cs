using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kinlink.Data.Configuration;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Bench;

/// <summary>
/// <c>kinlink-bench seed</c>: persons per second of <c>kinlink seed --scale</c> into fresh SQLite files (and, when
/// given a connection string, an empty PostgreSQL database), beside the rows computed alone (no database) and the
/// scale seed as it was before the bulk writer (<see cref="RowWriterSeed"/>), all in one process and one run.
/// </summary>
internal static class SeedRun
{
    public const string Usage = """
        usage: kinlink-bench seed [--size N[,N…]] [--baseline B] [--compute C] [--seed S] [--dir DIR] [--postgres CONNECTION --postgres-size N] [--keep]

          --size      persons per SQLite seed, one run each (default 100000)
          --baseline  persons written by the old writer path first, as the baseline (default 20000; 0 skips it)
          --compute   persons whose rows are only computed, not written (default 100000; 0 skips it)
          --seed      generator seed (default 20261127)
          --dir       where the SQLite files go (default /tmp/kinlink-bench-seed); each is deleted after its run unless --keep
          --postgres  an empty PostgreSQL database to seed --postgres-size persons into (migrated first)
        """;

    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var sizes = new List<int> { 100_000 };
        var baseline = 20_000;
        var compute = 100_000;
        var seed = ScaleSeeder.DefaultSeed;
        var dir = "/tmp/kinlink-bench-seed";
        string? postgres = null;
        var postgresSize = 100_000;
        var keep = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]}: a value is missing.");
            switch (args[i])
            {
                case "--size": sizes = Value().Split(',').Select(v => Number("--size", v)).ToList(); break;
                case "--baseline": baseline = Number("--baseline", Value()); break;
                case "--compute": compute = Number("--compute", Value()); break;
                case "--seed": seed = Number("--seed", Value()); break;
                case "--dir": dir = Value(); break;
                case "--postgres": postgres = Value(); break;
                case "--postgres-size": postgresSize = Number("--postgres-size", Value()); break;
                case "--keep": keep = true; break;
                default: throw new ArgumentException($"{args[i]}: unknown option.");
            }
        }

        Directory.CreateDirectory(dir);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineState.Describe()}; load average at start {MachineState.LoadAverage()} (shared machine)");
        report.AppendLine(CultureInfo.InvariantCulture, $"- Command: `kinlink-bench seed {string.Join(' ', args)}`; generator seed {seed}");
        report.AppendLine();
        report.AppendLine("| run | persons | rows | seconds | persons/s | vs baseline | file | peak working set | load average after |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        double? baselineRate = null;
        if (baseline > 0)
        {
            var (seconds, file, rows) = await SqliteAsync(dir, "baseline", keep, db => RowWriterSeed.RunAsync(db, baseline, seed, Now, cancellationToken), cancellationToken);
            baselineRate = baseline / seconds;
            Line(report, output, "old writer (multi-row INSERT through PersonRowWriter), SQLite", baseline, rows, seconds, baselineRate, file);
        }

        if (compute > 0)
        {
            await using var db = DataServiceCollectionExtensions.CreateContext(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:", dir));
            var watch = Stopwatch.StartNew();
            var rows = await ScaleSeeder.ComputeRowsAsync(db, compute, seed, Now, cancellationToken);
            Line(report, output, "rows computed only, nothing written", compute, rows, watch.Elapsed.TotalSeconds, baselineRate, null);
        }

        foreach (var size in sizes)
        {
            var (seconds, file, rows) = await SqliteAsync(dir, $"scale-{size}", keep, async db =>
            {
                var result = await new ScaleSeeder(db, new FixedClock(Now)).SeedAsync(size, seed, null, cancellationToken);
                if (result.Refused)
                {
                    throw new InvalidOperationException("The fresh SQLite file already held persons.");
                }
            }, cancellationToken);
            Line(report, output, "scale seed, SQLite", size, rows, seconds, baselineRate, file);
        }

        if (postgres is not null)
        {
            var settings = new DatabaseSettings(DatabaseProvider.Postgres, postgres, dir);
            await using var db = DataServiceCollectionExtensions.CreateContext(settings);
            await db.Database.MigrateAsync(cancellationToken);
            var watch = Stopwatch.StartNew();
            var result = await new ScaleSeeder(db, new FixedClock(Now)).SeedAsync(postgresSize, seed, null, cancellationToken);
            var seconds = watch.Elapsed.TotalSeconds;
            if (result.Refused)
            {
                throw new InvalidOperationException($"--postgres: the database already holds {result.PersonsAlreadyPresent:N0} persons; give an empty one.");
            }

            Line(report, output, "scale seed, PostgreSQL (binary COPY)", postgresSize, await RowCountAsync(db, cancellationToken), seconds, baselineRate, null);
        }

        output.WriteLine();
        output.WriteLine(report);
        return 0;
    }

    private static async Task<(double Seconds, long Bytes, long Rows)> SqliteAsync(string dir, string name, bool keep, Func<KinlinkDbContext, Task> seed, CancellationToken cancellationToken)
    {
        var path = Path.Combine(dir, name + ".db");
        Delete(path);
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}", dir);
        await using (var migrate = DataServiceCollectionExtensions.CreateContext(settings))
        {
            await migrate.Database.MigrateAsync(cancellationToken);
        }

        double seconds;
        long rows;
        await using (var db = DataServiceCollectionExtensions.CreateContext(settings))
        {
            var watch = Stopwatch.StartNew();
            await seed(db);
            seconds = watch.Elapsed.TotalSeconds;
            rows = await RowCountAsync(db, cancellationToken);
        }

        SqliteConnection.ClearAllPools();
        var bytes = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        if (!keep)
        {
            Delete(path);
        }

        return (seconds, bytes, rows);
    }

    private static async Task<long> RowCountAsync(KinlinkDbContext db, CancellationToken cancellationToken)
    {
        string[] tables = ["persons", "person_name_forms", "name_search_keys", "person_match_subjects", "person_match_keys", "status_events", "transmissions"];
        var rows = 0L;
        await db.Database.OpenConnectionAsync(cancellationToken);
        foreach (var table in tables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            rows += Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await db.Database.CloseConnectionAsync();
        return rows;
    }

    private static void Line(StringBuilder report, TextWriter output, string run, int persons, long rows, double seconds, double? baselineRate, long? bytes)
    {
        var rate = persons / seconds;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {run} | {persons:N0} | {rows:N0} | {seconds:0.0} | {rate:N0} | {(baselineRate is { } b ? $"{rate / b:0.0}×" : "–")} | {(bytes is { } size ? $"{size / 1024.0 / 1024:N0} MB" : "–")} | {MachineState.PeakWorkingSetMegabytes():N0} MB | {MachineState.LoadAverage()} |");
        report.AppendLine(line);
        output.WriteLine(line);
    }

    private static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>Every run seeds as of the same instant, so the runs write the same rows.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static int Number(string name, string value) =>
        int.TryParse(value.Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"{name}: \"{value}\" is not a whole number.");
}
