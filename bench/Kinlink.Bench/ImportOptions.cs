using System.Globalization;

namespace Kinlink.Bench;

/// <summary>The command line of <c>kinlink-bench import</c>; bad input names the option.</summary>
public sealed record ImportOptions(int Rows, int Enquiries, int Seed, string? Postgres, string WorkDirectory, bool NormalPath)
{
    public const string Usage = """
        usage: kinlink-bench import [--rows N] [--enquiries E] [--seed S] [--postgres CONNSTRING] [--work-dir DIR] [--normal-path]

          --rows        rows of the generated notification list (default 100000)
          --enquiries   open family enquiries present before the import, matched after it (default 10000)
          --seed        cross-script generator seed (default 20261127)
          --postgres    a connection string to a PostgreSQL server whose user may create databases: the same run on it
          --work-dir    where the list, the SQLite files and the bulk-load CSV files go (default /tmp/kinlink-import-bench)
          --normal-path save new persons through the change tracker, as before the import wrote them past it
        """;

    public static ImportOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new ImportOptions(100_000, 10_000, 20_261_127, null, "/tmp/kinlink-import-bench", false);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--normal-path")
            {
                options = options with { NormalPath = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name}: a value is missing.");
            }

            var value = args[++i];
            options = name switch
            {
                "--rows" => options with { Rows = Number(name, value, 10) },
                "--enquiries" => options with { Enquiries = Number(name, value, 1) },
                "--seed" => options with { Seed = Number(name, value, 0) },
                "--postgres" => options with { Postgres = value },
                "--work-dir" => options with { WorkDirectory = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"unknown option \"{name}\"."),
            };
        }

        return options;
    }

    /// <summary>The options as given, for the report (the connection string without its password).</summary>
    public string CommandLine() => string.Create(CultureInfo.InvariantCulture,
        $"--rows {Rows} --enquiries {Enquiries} --seed {Seed}{(Postgres is null ? "" : " --postgres \"<server>\"")} --work-dir {WorkDirectory}{(NormalPath ? " --normal-path" : "")}");

    private static int Number(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new ArgumentException($"{name}: '{value}' is not a whole number of at least {minimum}.");
}
