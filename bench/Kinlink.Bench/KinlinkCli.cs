using System.Diagnostics;

namespace Kinlink.Bench;

/// <summary>Runs the <c>kinlink</c> command line (its Release build) on a data directory, as an operator would.</summary>
public sealed class KinlinkCli(string cliDll, string dataDir)
{
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(cliDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(dataDir);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("kinlink did not start.");
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Creates the account unless it exists (a second run on the same copy reuses it).</summary>
    public async Task EnsureAccountAsync(string email, string role, string? party, string password, CancellationToken cancellationToken)
    {
        string[] arguments = party is null
            ? ["users", "create", "--email", email, "--role", role, "--password-stdin"]
            : ["users", "create", "--email", email, "--role", role, "--party", party, "--password-stdin"];
        var (exitCode, output, error) = await RunAsync(password, cancellationToken, arguments);
        if (exitCode != 0 && !error.Contains("already exists", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"kinlink users create {email} failed ({exitCode}): {output}{error}");
        }
    }

    public async Task<string> CreateTokenAsync(string email, string name, CancellationToken cancellationToken)
    {
        var (exitCode, output, error) = await RunAsync(null, cancellationToken, "tokens", "create", "--user", email, "--name", name, "--days", "1");
        return exitCode == 0
            ? output.Trim()
            : throw new InvalidOperationException($"kinlink tokens create failed ({exitCode}): {output}{error}");
    }
}
