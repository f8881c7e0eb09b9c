namespace Kinlink.Integration.Tests.Cli;

/// <summary>What one in-process run of <c>kinlink</c> returned and wrote.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
