using System.Globalization;

namespace Kinlink.Bench;

/// <summary>The command line of <c>kinlink-bench compare</c>; bad input names the option.</summary>
public sealed record BenchOptions(int Size, int Queries, int WarmUp, int Batch, int BaselineBatch, int Threads, int Seed, string? Sqlite, string? Postgres, string? WriteDoc)
{
    public const string Usage = """
        usage: kinlink-bench compare [--size N] [--queries Q] [--warm-up W] [--batch B] [--baseline-batch B] [--threads T] [--seed S] [--sqlite FILE] [--postgres CONNECTION] [--write-doc FILE]
               kinlink-bench micro [BenchmarkDotNet options]   (registry size from KINLINK_BENCH_SIZE, default 100000)
               kinlink-bench seed [--size N[,N…]] [--baseline B] [--compute C] [--postgres CONNECTION --postgres-size N]   (kinlink seed --scale: persons per second)

          --size      registry records (default 100000)
          --queries   enquiries timed one by one per engine, after the warm-up (default 3000)
          --warm-up   enquiries run first and not timed (default 1000: the runtime optimises hot code only after a while)
          --batch     enquiries in the parallel batch (default 10000)
          --baseline-batch  enquiries in the same batch through Lucene (default 0: at a million records it takes
                      most of an hour on two cores)
          --threads   threads for the batch (default 2)
          --seed      cross-script generator seed (default 20261127; kinlink seed --scale uses the same default)
          --sqlite    a database made by `kinlink seed --scale SIZE --seed SEED`, searched through the database search service
          --postgres  the connection string of a PostgreSQL database made the same way (kinlink seed --scale with
                      --provider Postgres), searched through the same service
          --write-doc a markdown file whose results section (between <!-- results --> and <!-- /results -->) is replaced
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions(100_000, 3_000, 1_000, 10_000, 0, 2, 20_261_127, null, null, null);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name}: a value is missing.");
            }

            var value = args[++i];
            options = name switch
            {
                "--size" => options with { Size = Number(name, value, 10) },
                "--queries" => options with { Queries = Number(name, value, 1) },
                "--warm-up" => options with { WarmUp = Number(name, value, 0) },
                "--batch" => options with { Batch = Number(name, value, 0) },
                "--baseline-batch" => options with { BaselineBatch = Number(name, value, 0) },
                "--threads" => options with { Threads = Number(name, value, 1) },
                "--seed" => options with { Seed = Number(name, value, int.MinValue) },
                "--sqlite" => options with { Sqlite = value },
                "--postgres" => options with { Postgres = value },
                "--write-doc" => options with { WriteDoc = value },
                _ => throw new ArgumentException($"{name}: unknown option."),
            };
        }

        return options;
    }

    private static int Number(string name, string value, int minimum)
    {
        var digits = value.Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (!int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new ArgumentException($"{name}: \"{value}\" is not a whole number.");
        }

        if (number < minimum)
        {
            throw new ArgumentException($"{name}: {number} is below the minimum of {minimum}.");
        }

        return number;
    }
}
