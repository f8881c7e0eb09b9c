using Kinlink.Cli;

namespace Kinlink.Integration.Tests.Cli;

/// <summary>Runs <c>kinlink</c> in-process, with a fresh data directory of its own that is deleted afterwards.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "kinlink-cli-tests", Guid.NewGuid().ToString("N"));
    }

    public string DataDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "kinlink.db");

    /// <summary>Runs the command on SQLite in this runner's data directory.</summary>
    public Task<CliResult> RunAsync(params string[] args) =>
        RunRawAsync([.. args, "--provider", "Sqlite", "--data-dir", DataDirectory]);

    /// <summary>Runs the command on SQLite in this runner's data directory, with <paramref name="stdin"/> as standard input.</summary>
    public Task<CliResult> RunWithInputAsync(string stdin, params string[] args) =>
        RunRawAsync(stdin, [.. args, "--provider", "Sqlite", "--data-dir", DataDirectory]);

    /// <summary>Runs the command with exactly these arguments.</summary>
    public static Task<CliResult> RunRawAsync(params string[] args) => RunRawAsync("", args);

    /// <summary>Runs the command with exactly these arguments and <paramref name="stdin"/> as standard input.</summary>
    public static Task<CliResult> RunRawWithInputAsync(string stdin, params string[] args) => RunRawAsync(stdin, args);

    private static async Task<CliResult> RunRawAsync(string stdin, string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KinlinkCli.RunAsync(args, input, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner, as TestDatabase does.
        }
    }
}
