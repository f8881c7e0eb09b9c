using System.Globalization;

namespace Kinlink.Bench;

/// <summary>The command line of <c>kinlink-bench pages</c>; bad input names the option.</summary>
public sealed record PagesOptions(string DataDir, int Requests, int WarmUp, string? Party, int WrkSeconds, int WrkConnections, int Port, int Seed, string? WriteDoc)
{
    public const string Usage = """
        usage: kinlink-bench pages --data-dir DIR [--requests N] [--warm-up W] [--party CODE] [--wrk-seconds S]
                                   [--wrk-connections C] [--port P] [--seed S] [--write-doc FILE]

          --data-dir   data directory holding kinlink.db (a copy: the run adds two accounts and an API token to it)
          --requests   timed requests per page (default 300), the pages taking turns request by request
          --warm-up    requests per page first, not timed (default 50)
          --party      also time the pages as an officer of this conflict party (its party scope), such as UA
          --wrk-seconds     seconds of wrk per API target (default 30; 0 skips wrk)
          --wrk-connections connections wrk keeps open (default 16, on 2 threads)
          --port       loopback port of the web server (default 5199)
          --seed       picks the persons asked for (default 20261127)
          --write-doc  a markdown file whose results section (between <!-- results:pages --> and <!-- /results:pages -->) is replaced

        Build first: dotnet build -c Release (the server and the CLI are run from their Release build output).
        """;

    public static PagesOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new PagesOptions("", 300, 50, null, 30, 16, 5199, 20_261_127, null);
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
                "--data-dir" => options with { DataDir = value },
                "--requests" => options with { Requests = Number(name, value, 1) },
                "--warm-up" => options with { WarmUp = Number(name, value, 0) },
                "--party" => options with { Party = value.Trim().ToUpperInvariant() },
                "--wrk-seconds" => options with { WrkSeconds = Number(name, value, 0) },
                "--wrk-connections" => options with { WrkConnections = Number(name, value, 2) },
                "--port" => options with { Port = Number(name, value, 1024) },
                "--seed" => options with { Seed = Number(name, value, 0) },
                "--write-doc" => options with { WriteDoc = value },
                _ => throw new ArgumentException($"unknown option {name}."),
            };
        }

        if (options.DataDir.Length == 0)
        {
            throw new ArgumentException("--data-dir: the data directory is required.");
        }

        if (!File.Exists(Path.Combine(options.DataDir, "kinlink.db")))
        {
            throw new ArgumentException($"--data-dir: {options.DataDir} holds no kinlink.db.");
        }

        return options;
    }

    private static int Number(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new ArgumentException($"{name}: '{value}' is not a whole number of at least {minimum}.");
}
